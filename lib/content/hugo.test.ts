import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../config";
import { parseArticle } from "./article";
import { bundleFiles, readBundleFile } from "./bundle";
import { formatDiagnostic, messageOf } from "./diagnostics";
import { buildIndex } from "./index";
import { newArticleSlug, newArticleText } from "./new-article";
import { expandShortcodes, findShortcodes } from "./shortcodes";

const FILE = path.join(process.cwd(), "content", "h.md");
const parse = (raw: string) => parseArticle(FILE, raw, siteConfig);
const lines = (raw: string) => parse(raw).diagnostics.map((d) => formatDiagnostic(d));

describe("front matter forms", () => {
  it("reads TOML between +++ lines", () => {
    const { article, diagnostics } = parse(
      '+++\ntitle = "TOML 文章"\ndate = "2026-01-02 10:00"\ntags = ["a", "b"]\ndraft = false\n+++\n\n正文\n',
    );
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({ title: "TOML 文章", tags: [{ name: "a" }, { name: "b" }], body: "正文" });
    expect(article?.date?.toISOString()).toBe("2026-01-02T02:00:00.000Z");
  });
  it("reads a JSON object at the top of the file", () => {
    const { article, diagnostics } = parse(
      '{\n  "title": "JSON 文章",\n  "date": "2026-01-02",\n  "categories": ["x"]\n}\n\n正文\n',
    );
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({ title: "JSON 文章", categories: [{ name: "x" }], body: "正文" });
  });
  it("reports broken TOML and JSON with line and column", () => {
    expect(lines('+++\ntitle = "x"\ndate = \n+++\nbody\n')[0]).toMatch(
      /^content\/h\.md:3:\d+: error: front matter is not valid TOML/,
    );
    expect(lines('{\n  "title": "x",\n  "date": \n}\nbody\n')[0]).toMatch(
      /^content\/h\.md:\d+:\d+: error: front matter is not valid JSON/,
    );
  });
  it("reads a file without front matter, taking the title from the text", () => {
    const { article } = parse("只有正文的一段话。还有第二句。\n");
    expect(article?.title).toBe("只有正文的一段话。");
  });
});

describe("Hugo page keys", () => {
  it("reads description, lastmod, weight, publishDate and expiryDate", () => {
    const { article } = parse(
      '---\ntitle: T\ndate: "2026-01-01"\ndescription: "给搜索引擎的描述"\nlastmod: "2026-02-01 09:00"\nweight: 2\npublishDate: "2026-01-01"\nexpiryDate: "2099-01-01"\n---\n正文\n',
    );
    expect(article).toMatchObject({ description: "给搜索引擎的描述", weight: 2 });
    expect(article?.updated?.toISOString()).toBe("2026-02-01T01:00:00.000Z");
    expect(article?.expiryDate?.getUTCFullYear()).toBe(2098);
  });
  it("takes the summary from before <!--more-->", () => {
    expect(parse("---\ntitle: T\n---\n第一段是摘要。\n\n<!--more-->\n\n后面的正文。\n").article?.summary).toBe(
      "第一段是摘要。",
    );
  });
  it("warns about unknown keys", () => {
    const out = lines('---\ntitle: T\ndate: "2026-01-01"\ntitel: typo\n---\nx\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^content\/h\.md:4:1: warning: unknown key `titel` is ignored — check its spelling/);
  });
  it("reads aliases and url as old paths that redirect, and rejects unsafe ones", () => {
    const { article, diagnostics } = parse(
      '---\ntitle: T\ndate: "2026-01-01"\naliases: ["/2019/01/旧文章/", "old.html?x=1", "https://evil.example/x", "/a/../b"]\nurl: "/legacy/t/"\n---\nx\n',
    );
    expect(article?.aliases).toEqual(["/2019/01/旧文章", "/old.html", "/legacy/t"]);
    expect(diagnostics.map((d) => messageOf(d))).toEqual([
      expect.stringContaining('"https://evil.example/x" is not a site path'),
      expect.stringContaining('"/a/../b" is not a site path'),
    ]);
  });
  it("keeps one article per alias and none on a page of the site", () => {
    const f = (name: string, fm: string) => ({
      file: path.join(process.cwd(), "content", name),
      raw: `---\ntitle: ${name}\ndate: "2026-01-01"\n${fm}\n---\nx\n`,
    });
    const index = buildIndex([f("a.md", 'aliases: ["/old/", "/posts/b/"]'), f("b.md", 'aliases: ["/old/"]')]);
    expect(index.aliases.get("/old")?.slug).toBe("a");
    expect(index.aliases.has("/posts/b")).toBe(false);
    expect(index.diagnostics.map((d) => messageOf(d))).toEqual([
      'alias "/posts/b/" collides with a page of the site; ignored — remove it or choose another path',
      expect.stringMatching(/^alias "\/old\/" collides with an alias of .*a\.md; ignored/),
    ]);
  });
  it("publishes nothing scheduled, expired or drafted, says so, and the dev server shows them", () => {
    const f = (name: string, fm: string) => ({
      file: path.join(process.cwd(), "content", name),
      raw: `---\ntitle: ${name}\ndate: "2026-01-01"\n${fm}\n---\nx\n`,
    });
    const files = [
      f("now.md", ""),
      f("draft.md", "draft: true"),
      f("later.md", 'publishDate: "2999-01-01"'),
      f("gone.md", 'expiryDate: "2000-01-01"'),
    ];
    const index = buildIndex(files);
    expect(index.articles.map((a) => a.title)).toEqual(["now.md"]);
    expect(index.diagnostics.map((d) => messageOf(d))).toEqual([
      "not published: `publishDate` 2999-01-01T00:00:00+08:00 is in the future",
      "not published: `expiryDate` 2000-01-01T00:00:00+08:00 has passed",
    ]);
    expect(buildIndex(files, { includeDrafts: true }).articles).toHaveLength(4);
  });
  it("orders weighted articles first, lower weight first", () => {
    const f = (name: string, fm: string) => ({
      file: path.join(process.cwd(), "content", name),
      raw: `---\ntitle: ${name}\n${fm}\n---\nx\n`,
    });
    const index = buildIndex([
      f("new.md", 'date: "2026-03-01"'),
      f("pin2.md", 'date: "2026-01-01"\nweight: 2'),
      f("pin1.md", 'date: "2025-01-01"\nweight: 1'),
    ]);
    expect(index.articles.map((a) => a.title)).toEqual(["pin1.md", "pin2.md", "new.md"]);
  });
});

describe("shortcodes", () => {
  it("turns figure, youtube, highlight and ref into Markdown", () => {
    const out = expandShortcodes(
      '{{< figure src="/images/a.jpg" caption="图注" alt="示意" >}}\n\n{{< youtube dQw4w9WgXcQ >}}\n\n{{< highlight go >}}\nfmt.Println("hi")\n{{< /highlight >}}\n\n[上一篇]({{< ref "old-post.md" >}})',
      (t) => (t === "old-post.md" ? "/posts/old-post/" : null),
    );
    expect(out).toContain('![示意](/images/a.jpg "图注")');
    expect(out).toContain("[▶ YouTube: dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ)");
    expect(out).toContain('```go\nfmt.Println("hi")\n```');
    expect(out).toContain("[上一篇](/posts/old-post/)");
  });
  it("removes any other shortcode and reports it with line and column", () => {
    expect(expandShortcodes('前 {{< tweet user="x" id="1" >}} 后')).toBe("前  后");
    expect(findShortcodes("a\n  {{< gist u 1 >}}")).toEqual([{ name: "gist", closing: false, line: 2, column: 3 }]);
    expect(lines('---\ntitle: T\ndate: "2026-01-01"\n---\n\n段落 {{< gist u 1 >}}\n')).toEqual([
      'content/h.md:6:4: warning: shortcode "gist" is not supported and is removed from the page — replace it with Markdown (supported: figure, youtube, highlight, ref, relref)',
    ]);
  });
});

describe("npm run new", () => {
  const now = new Date("2026-11-26T02:30:00Z");
  it("derives a short date-based slug", () => {
    expect(newArticleSlug("央行降息", now, "Asia/Shanghai")).toBe("2026-11-26-103000");
    expect(newArticleSlug("DeepSeek 发布 R2 模型", now, "Asia/Shanghai")).toBe("2026-11-26-deepseek-r2");
  });
  it("writes the full front matter of the export, today's date in the site's zone, as a draft", () => {
    const text = newArticleText({ title: "新文章：测试", tags: ["甲", "乙"], categories: ["科技"], lang: "en", now });
    const { article, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      title: "新文章：测试",
      draft: true,
      lang: "en",
      tags: [{ name: "甲" }, { name: "乙" }],
      categories: [{ name: "科技" }],
    });
    expect(article?.date?.toISOString()).toBe("2026-11-26T02:30:00.000Z");
    for (const key of [
      "summary",
      "translations",
      "menu",
      "thumbnail",
      "lead",
      "comments",
      "authorbox",
      "pager",
      "toc",
      "mathjax",
      "sidebar",
      "widgets",
    ]) {
      expect(text).toMatch(new RegExp(`^${key}:`, "m"));
    }
  });
});

describe("page bundles", () => {
  it("take the folder's name as slug and resolve a bare thumbnail name beside the article", () => {
    const file = path.join(process.cwd(), "content", "photo-essay", "index.md");
    const { article } = parseArticle(
      file,
      '---\ntitle: T\ndate: "2026-01-01"\nthumbnail: "cover.png"\n---\n![](a.jpg)\n',
      siteConfig,
    );
    expect(article).toMatchObject({
      slug: "photo-essay",
      bundle: true,
      thumbnail: { src: "/posts/photo-essay/cover.png" },
    });
  });
  it("serve only the bundle's raster images", () => {
    const file = path.join(process.cwd(), "content", "2026-11-02-autumn-market", "index.md");
    const { article } = parseArticle(file, fs.readFileSync(file, "utf8"), siteConfig);
    expect(bundleFiles(article!)).toEqual(["cover.png", "stalls.png"]);
    expect(readBundleFile(article!, "stalls.png")?.type).toBe("image/png");
    expect(readBundleFile(article!, "index.md")).toBeNull();
    expect(readBundleFile(article!, "../2026-11-24-shanghai-port.md")).toBeNull();
  });
});
