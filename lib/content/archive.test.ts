import path from "node:path";
import { describe, expect, it } from "vitest";
import { isoDay } from "../dates";
import { buildIndex } from "./index";
import { buildArchive } from "./archive";
import { resolvePath } from "./routes";
import {
  archiveYears,
  dayNeighbours,
  dayPage,
  getDay,
  getMonth,
  getYear,
  monthNeighbours,
  prebuiltDays,
} from "./queries";
import type { Article } from "./article";

const dir = path.join(process.cwd(), "content");
const file = (name: string, fm: string) => ({ file: path.join(dir, name), raw: `---\n${fm}\n---\n\n正文。\n` });

// The site's zone is Asia/Shanghai (UTC+8): 23:30 UTC is 07:30 the next day there.
const files = [
  file("late-utc.md", 'title: "Late UTC"\ndate: "2026-08-21T23:30:00Z"'),
  file("early.md", 'title: "Early"\ndate: "2026-08-22 00:10"'),
  file("evening.md", 'title: "Evening"\ndate: "2026-08-22 23:59"'),
  file("pinned.md", 'title: "Pinned"\ndate: "2026-08-22 08:00"\nweight: 1'),
  file("before.md", 'title: "Before"\ndate: "2026-08-21T15:59:00Z"'),
  file("july.md", 'title: "July"\ndate: "2026-07-31 12:00"'),
  file("last-year.md", 'title: "Last year"\ndate: "2025-12-31 23:00"'),
  file("undated.md", 'title: "Undated"\ndate: "someday"'),
];
const index = buildIndex(files);
const titles = (list: Article[]) => list.map((a) => a.title);

describe("the archive's days", () => {
  const { archive } = index;

  it("buckets by the day in the site's zone, not UTC", () => {
    const day = getDay("2026", "08", "22", index)!;
    expect(titles(day.articles)).toEqual(["Evening", "Pinned", "Late UTC", "Early"]);
    // 15:59 UTC is 23:59 in Shanghai: still the 21st.
    expect(titles(getDay("2026", "08", "21", index)!.articles)).toEqual(["Before"]);
  });

  it("leaves undated articles out of every day, and counts them", () => {
    expect(archive.undated).toBe(1);
    const all = archive.days.flatMap((d) => d.articles);
    expect(all).toHaveLength(index.articles.length - 1);
    expect(titles(all)).not.toContain("Undated");
  });

  it("lists days, months and years newest first with their counts", () => {
    expect(archive.days.map((d) => d.key)).toEqual(["2026-08-22", "2026-08-21", "2026-07-31", "2025-12-31"]);
    expect(archiveYears(index).map((y) => [y.key, y.count, y.months.map((m) => [m.key, m.count])])).toEqual([
      [
        "2026",
        6,
        [
          ["2026-08", 5],
          ["2026-07", 1],
        ],
      ],
      ["2025", 1, [["2025-12", 1]]],
    ]);
    expect(getMonth("2026", "08", index)!.days.map((d) => [d.key, d.articles.length])).toEqual([
      ["2026-08-22", 4],
      ["2026-08-21", 1],
    ]);
    expect(getYear("2024", index)).toBeNull();
    expect(getMonth("2026", "09", index)).toBeNull();
    expect(getDay("2026", "08", "23", index)).toBeNull();
  });

  it("links each day to the nearest days that have articles, and each month to its neighbours", () => {
    const july = getDay("2026", "07", "31", index)!;
    expect(dayNeighbours(july, index).older?.key).toBe("2025-12-31");
    expect(dayNeighbours(july, index).newer?.key).toBe("2026-08-21");
    const newest = getDay("2026", "08", "22", index)!;
    expect(dayNeighbours(newest, index).newer).toBeNull();
    const august = getMonth("2026", "08", index)!;
    expect(monthNeighbours(august, index).older?.key).toBe("2026-07");
    expect(monthNeighbours(august, index).newer).toBeNull();
    expect(monthNeighbours(getMonth("2026", "07", index)!, index).older?.key).toBe("2025-12");
  });

  it("paginates a day as the other lists", () => {
    const many = buildIndex(
      Array.from({ length: 23 }, (_, i) =>
        file(`m${i}.md`, `title: "M${i}"\ndate: "2026-03-04 ${String(i).padStart(2, "0")}:00"`),
      ),
    );
    const day = getDay("2026", "03", "04", many)!;
    expect(dayPage(day, 1)!.items.map((a) => a.title)[0]).toBe("M22");
    expect(dayPage(day, 3)!.items).toHaveLength(3);
    expect(dayPage(day, 4)).toBeNull();
  });

  it("prebuilds the days of the newest articles in server mode, every day in an export", () => {
    expect(prebuiltDays(1, index).map((d) => d.key)).toEqual(["2026-08-22"]);
    expect(prebuiltDays(5, index).map((d) => d.key)).toEqual(["2026-08-22", "2026-08-21"]);
    expect(prebuiltDays(Infinity, index)).toHaveLength(4);
  });

  it("agrees with isoDay, the zone's formatter, across a year of hours and a zone with DST", () => {
    const start = Date.UTC(2026, 0, 1);
    for (const zone of ["Asia/Shanghai", "America/New_York", "Australia/Lord_Howe"]) {
      const articles = Array.from({ length: 24 * 366 }, (_, h) => ({
        date: new Date(start + h * 3_600_000 + 1_799_000),
      }));
      const archive = buildArchive(articles as Article[], zone);
      for (const day of archive.days) {
        for (const a of day.articles) expect(isoDay(a.date!, zone), zone).toBe(day.key);
      }
    }
  });
});

describe("archive routes", () => {
  it("answers the archive's pages and 404s days, months and years without articles", () => {
    for (const p of ["/archives/", "/2026/", "/2026/08/", "/2026/08/22/", "/2025/12/31/", "/2026/08/22/page/1/"]) {
      expect(resolvePath(p, index), p).toBe("page");
    }
    for (const p of [
      "/2024/",
      "/2026/09/",
      "/2026/08/23/",
      "/2026/08/22/page/2/",
      "/2026/8/22/",
      "/2026/08/22/extra/",
      "/2026/08/page/2/",
      "/0000/",
    ]) {
      expect(resolvePath(p, index), p).toBe("missing");
    }
  });

  it("lets an old path shaped like a day stand when no articles are on that day, never when there are", () => {
    const withAliases = buildIndex([
      ...files,
      file("moved.md", 'title: "Moved"\ndate: "2020-01-01"\naliases: ["/2019/01/02/", "/2026/08/22/"]'),
    ]);
    expect(withAliases.aliases.has("/2019/01/02")).toBe(true);
    expect(withAliases.aliases.has("/2026/08/22")).toBe(false);
    expect(resolvePath("/2019/01/02/", withAliases)).toBe("page");
  });
});
