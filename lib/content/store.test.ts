import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Article } from "./article";
import { assembleIndex, withStories } from "./assemble";
import { parseContent } from "./index";
import { decode, encode, loadOrParse, storePath } from "./store";

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cache-test-"));
  fs.mkdirSync(path.join(tmp, "content"));
  fs.writeFileSync(path.join(tmp, "content", "a.md"), '---\ntitle: "A"\ndate: "2026-01-01 08:00"\n---\n正文\n');
  vi.stubEnv("NEXT_DIST_DIR", path.join(tmp, "dist"));
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the shared content index file", () => {
  it("is parsed by the first build process and loaded by the next, dates revived", () => {
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    const dir = path.join(tmp, "content");
    const build = vi.fn(() => parseContent(dir));
    const first = loadOrParse(dir, build);
    expect(first.built).toBe(true);
    expect(fs.existsSync(storePath(dir))).toBe(true);
    const second = loadOrParse(dir, build);
    expect(second.built).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
    expect(second.articles[0].date).toBeInstanceOf(Date);
    expect(second.articles[0].date?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(second.articles[0]).not.toHaveProperty("body");
    expect(second.articles[0].fingerprint).toBe(first.articles[0].fingerprint);
    expect(second.articles[0].fingerprint).toMatch(/^[\w-]{16}$/);
  });

  it("is not parsed again when another process stored it just before this one took the lock", () => {
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    const dir = path.join(tmp, "content");
    const build = vi.fn(() => parseContent(dir));
    const openSync = fs.openSync;
    let raced = false;
    // The other build worker: it parses, stores and lets go of the lock between this process's
    // first look at the file and its taking the lock.
    vi.spyOn(fs, "openSync").mockImplementation((...args: Parameters<typeof fs.openSync>) => {
      if (!raced && String(args[0]).endsWith(".lock")) {
        raced = true;
        expect(loadOrParse(dir, build).built).toBe(true);
      }
      return openSync(...args);
    });
    const result = loadOrParse(dir, build);
    expect(raced).toBe(true);
    expect(build).toHaveBeenCalledTimes(1);
    expect(result.built).toBe(false);
    expect(result.articles.map((a) => a.title)).toEqual(["A"]);
    vi.restoreAllMocks();
  });

  it("of a static export is kept in .next, which outlives the export folder Next empties", () => {
    const dir = path.join(tmp, "content");
    expect(storePath(dir).startsWith(path.join(tmp, "dist", "cache") + path.sep)).toBe(true);
    vi.stubEnv("NEXT_OUTPUT", "export");
    expect(storePath(dir).startsWith(path.resolve(".next", "cache", "content-index") + path.sep)).toBe(true);
  });

  it("is parsed again when a file changes during the build", () => {
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    const dir = path.join(tmp, "content");
    const build = vi.fn(() => parseContent(dir));
    loadOrParse(dir, build);
    fs.writeFileSync(path.join(dir, "b.md"), '---\ntitle: "B"\n---\n正文\n');
    const again = loadOrParse(dir, build);
    expect(again.built).toBe(true);
    expect(again.articles.map((a) => a.title).sort()).toEqual(["A", "B"]);
  });

  it("is loaded as is by the production server", () => {
    const dir = path.join(tmp, "content");
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    loadOrParse(dir, () => parseContent(dir));
    vi.stubEnv("NEXT_PHASE", "phase-production-server");
    const build = vi.fn(() => parseContent(dir));
    expect(loadOrParse(dir, build).articles).toHaveLength(1);
    expect(build).not.toHaveBeenCalled();
  });
});

describe("each file's size and time, for the live index", () => {
  it("are taken before reading, stored relative to the folder and read back", () => {
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    const dir = path.join(tmp, "content");
    const file = path.join(dir, "a.md");
    const { size, mtimeMs } = fs.statSync(file);
    expect(parseContent(dir).files).toEqual([[file, size, mtimeMs]]);
    loadOrParse(dir, () => parseContent(dir));
    const stored = JSON.parse(fs.readFileSync(storePath(dir), "utf8"));
    expect(stored.files).toEqual([["a.md", size, mtimeMs]]);
    vi.stubEnv("NEXT_PHASE", "phase-production-server");
    expect(loadOrParse(dir, () => parseContent(dir)).files).toEqual([[file, size, mtimeMs]]);
  });
});

describe("the index file's format", () => {
  const dir = "/site/content";
  const full: Article = {
    slug: "every-field",
    file: "/site/content/news/every-field.md",
    title: "Every field",
    date: new Date("2026-01-02T03:04:05.000Z"),
    summary: "A summary.",
    lead: "A lead.",
    lang: "zh-HK",
    categories: [{ name: "科技", slug: "科技" }],
    tags: [
      { name: "AI", slug: "ai" },
      { name: "芯片", slug: "芯片" },
    ],
    languages: [{ name: "中文（香港）", slug: "zh-hk" }],
    thumbnail: { src: "https://img.example/a.jpg", list: false, post: true },
    menu: ["main", "footer"],
    comments: true,
    authorbox: true,
    pager: true,
    toc: true,
    mathjax: true,
    sidebar: "left",
    widgets: ["recent", "taglist"],
    draft: true,
    bundle: true,
    description: "A description.",
    updated: new Date("2026-02-01T00:00:00.000Z"),
    weight: 3,
    aliases: ["/2019/01/old", "/legacy/x"],
    publishDate: new Date("2026-01-01T00:00:00.000Z"),
    expiryDate: new Date("2099-01-01T00:00:00.000Z"),
    source: { label: "qq", url: "https://new.qq.com/a" },
    fingerprint: "k3Zb0-Qm_8xW2pLa",
  };
  const roundTrip = (articles: Article[]) =>
    decode(JSON.parse(JSON.stringify(encode({ articles, diagnostics: [] }, dir)))).articles;
  const booleans = ["comments", "authorbox", "pager", "toc", "mathjax", "draft", "bundle"] as const;
  const bare: Article = {
    ...full,
    ...Object.fromEntries(booleans.map((k) => [k, false])),
    date: null,
    thumbnail: null,
    source: null,
    fingerprint: "AAAAAAAAAAAAAAAA",
    menu: [],
    description: "",
    updated: null,
    weight: 0,
    aliases: [],
    publishDate: null,
    expiryDate: null,
  };

  it("reads back an article that sets every field, and one that sets none of the optional ones", () => {
    expect(roundTrip([full, bare])).toEqual([full, bare]);
  });

  it("keeps each flag apart from the others", () => {
    const one = booleans.map((k) => ({ ...bare, [k]: true }));
    expect(roundTrip(one)).toEqual(one);
  });

  it("leaves empty optional keys off the end of a row", () => {
    const rows = encode({ articles: [full, bare], diagnostics: [] }, dir).rows;
    expect(rows[1].length).toBeLessThan(rows[0].length);
  });
});

describe("story groups in the index file", () => {
  it("are stored once and give the index the same stories as grouping again", () => {
    // The bundled two-source story (content/2026-11-23-rrr-cut-*): two sources, one event.
    const dir = path.join(process.cwd(), "content");
    const parsed = withStories(parseContent(dir));
    expect(parsed.stories?.length).toBeGreaterThan(0);
    const stored = decode(JSON.parse(JSON.stringify(encode(parsed, dir))));
    expect(stored.stories).toEqual(parsed.stories);
    const slugsOf = (storyOf: Map<string, { members: Article[] }>) =>
      [...storyOf].map(([slug, s]) => [slug, s.members.map((m) => m.slug)]);
    const fromFile = assembleIndex(stored);
    const grouped = assembleIndex({ ...parsed, stories: undefined });
    expect(slugsOf(fromFile.storyOf)).toEqual(slugsOf(grouped.storyOf));
    expect(fromFile.listed.map((a) => a.slug)).toEqual(grouped.listed.map((a) => a.slug));
    // A member no longer published leaves a story of one: no story.
    const [first] = parsed.stories!;
    const without = assembleIndex({ ...stored, articles: stored.articles.filter((a) => a.slug !== first[0]) });
    if (first.length === 2) expect(without.storyOf.has(first[1])).toBe(false);
  });
});
