import path from "node:path";
import { describe, expect, it } from "vitest";
import { sitemapEntries } from "../sitemap";
import { formatDiagnostic } from "./diagnostics";
import { buildIndex, reportDiagnostics } from "./index";
import { aliasTarget, getArticle, latestPage, recentArticles } from "./queries";
import { isGenericTitle } from "./copies";
import { resolvePath } from "./routes";

const dir = path.join(process.cwd(), "content");
const file = (name: string, title: string, date: string, body: string, source = "Reuters") => ({
  file: path.join(dir, name),
  raw: `---\ntitle: "${title}"\ndate: "${date}"\ncategories: ["${source}"]\ntags: ["${source}"]\n---\n\n${body}\n`,
});

const steel = "Ohio steel plant gets a grant";
const files = [
  file("a1.md", steel, "2026-08-21 09:00", "The plant   will\nget $500 million."),
  // The same article exported twice more, later, whitespace changed: copies.
  file("a2.md", steel, "2026-08-21 15:00", "The plant will get $500 million."),
  file("a3.md", steel, "2026-08-22 08:00", "The plant will get\n\n$500 million.  "),
  // Same source and title, body changed within two days: an update.
  file("u1.md", "Canada answers US tariffs with its own", "2026-08-22 10:00", "Ottawa will respond."),
  file("u2.md", "Canada answers US tariffs with its own", "2026-08-22 18:00", "Ottawa responded with 25% tariffs."),
  // Same title and source, changed body, but five days later: another article.
  file("u3.md", "Canada answers US tariffs with its own", "2026-08-27 10:00", "A new round."),
  // A generic title: two bulletins of one source are two articles.
  file("k1.md", "快讯", "2026-08-22 09:00", "第一条快讯。", "财联社"),
  file("k2.md", "快讯", "2026-08-22 09:30", "第二条快讯。", "财联社"),
  // Same title, changed body, other source: not an update.
  file("o1.md", "Canada answers US tariffs with its own", "2026-08-22 12:00", "Another wire's text.", "AFP"),
];

describe("exact copies", () => {
  const index = buildIndex(files);
  const titles = index.articles.map((a) => a.title);

  it("publish one article, dated by its earliest copy", () => {
    expect(titles.filter((t) => t === steel)).toHaveLength(1);
    const kept = getArticle("a1", index)!;
    expect(kept.date?.toISOString()).toBe(new Date("2026-08-21T01:00:00Z").toISOString());
    expect(getArticle("a2", index)).toBeNull();
  });

  it("redirect every other copy's URL to the kept one, on both hosts and in the proxy", () => {
    expect(index.copyOf.get("a2")?.slug).toBe("a1");
    expect(index.copyOf.get("a3")?.slug).toBe("a1");
    expect(aliasTarget(["posts", "a3"], index)?.slug).toBe("a1");
    expect(resolvePath("/posts/a3/", index)).toBe("page");
    expect(resolvePath("/posts/a4/", index)).toBe("missing");
  });

  it("are left out of lists, the recent widget and the sitemap", () => {
    const listed = latestPage(1, index)!.items.map((a) => a.slug);
    expect(listed).not.toContain("a2");
    expect(recentArticles(50, index).map((a) => a.slug)).not.toContain("a3");
    const urls = sitemapEntries(index).map((e) => e.url);
    expect(urls).toContain("/posts/a1/");
    expect(urls.filter((u) => /\/posts\/a[23]\//.test(u))).toEqual([]);
    expect(index.termArticles.tags.get("reuters")!.filter((a) => a.title === steel)).toHaveLength(1);
  });

  it("are reported once per group as a notice, which STRICT_CONTENT does not fail on", () => {
    const notices = index.diagnostics.filter((d) => d.kind === "copies");
    expect(notices.every((d) => d.severity === "notice")).toBe(true);
    const steelNotice = notices.filter((d) => d.file.endsWith("a1.md"));
    expect(steelNotice).toHaveLength(1);
    expect(formatDiagnostic(steelNotice[0])).toMatch(/a1\.md:1:1: notice: 2 exact copies .*a2\.md, .*a3\.md/);
    process.env.STRICT_CONTENT = "1";
    try {
      expect(() => reportDiagnostics(index.diagnostics, () => {})).not.toThrow();
    } finally {
      delete process.env.STRICT_CONTENT;
    }
  });
});

describe("updates", () => {
  const index = buildIndex(files);

  it("show a same-source, same-title file changed within two days once: newest body, first date and URL", () => {
    const shown = getArticle("u1", index)!;
    expect(shown.file.endsWith("u2.md")).toBe(true);
    expect(shown.date?.toISOString()).toBe("2026-08-22T02:00:00.000Z");
    expect(shown.updated?.toISOString()).toBe("2026-08-22T10:00:00.000Z");
    expect(index.copyOf.get("u2")?.slug).toBe("u1");
    const notice = index.diagnostics.find((d) => d.kind === "copies" && d.file.endsWith("u1.md"));
    expect(notice && formatDiagnostic(notice)).toMatch(/1 later version\(s\).*u2\.md/);
  });

  it("keep a later file past the window, and another source's, as articles of their own", () => {
    expect(getArticle("u3", index)).not.toBeNull();
    expect(getArticle("o1", index)).not.toBeNull();
  });

  it("never merge generic titles: two 快讯 of one source are two articles", () => {
    expect(getArticle("k1", index)).not.toBeNull();
    expect(getArticle("k2", index)).not.toBeNull();
    expect(index.copyOf.has("k2")).toBe(false);
  });
});

describe("isGenericTitle", () => {
  it("names bulletins and very short titles", () => {
    for (const t of [
      "快讯",
      "早报",
      "【快讯】",
      "Live updates",
      "Morning Briefing",
      "Form 8.3",
      "Form 8.3 - Spectris plc",
      "8月22日早报",
      "Update",
    ]) {
      expect(isGenericTitle(t), t).toBe(true);
    }
  });
  it("leaves titles that name one story", () => {
    for (const t of [
      "Canada answers US tariffs with its own",
      "美加贸易谈判破裂 特朗普政府将对部分加拿大商品征收50%关税",
      "Live updates: Canada retaliates against US tariffs",
      "Ohio steel plant gets a grant",
    ]) {
      expect(isGenericTitle(t), t).toBe(false);
    }
  });
});
