import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../config";
import { parseArticle } from "./article";
import { formatDiagnostic, messageOf } from "./diagnostics";

const FILE = path.join(process.cwd(), "content", "x.md");
const parse = (raw: string, file = FILE) => parseArticle(file, raw, siteConfig);
const messages = (raw: string) => parse(raw).diagnostics.map((d) => formatDiagnostic(d));

describe("the seed article", () => {
  const file = path.join(process.cwd(), "content", "000_bd8401d927c5eba6.md");
  const { article, diagnostics } = parse(fs.readFileSync(file, "utf8"), file);

  it("parses with no diagnostics", () => {
    expect(diagnostics).toEqual([]);
  });
  it("reads every key of the export", () => {
    expect(article).toMatchObject({
      slug: "000_bd8401d927c5eba6",
      title: "亚马逊Q4业绩会：AI挤压利润仍加大投入，已有用户在AWS上用DeepSeek",
      lang: "zh-CN",
      categories: [{ name: "qq", slug: "qq" }],
      tags: [{ name: "qq", slug: "qq" }],
      lead: "",
      menu: [],
      comments: false,
      authorbox: false,
      pager: true,
      toc: false,
      mathjax: false,
      sidebar: "right",
      widgets: ["search", "recent", "taglist"],
      thumbnail: {
        src: "https://inews.gtimg.com/om_ls/OdNKXC-xSAj5P5H3cnmuL2f1pQTQyvMNSwmy4FoSrZQHgAA_640360/0",
        list: true,
        post: true,
      },
      source: { label: "qq", url: "https://new.qq.com/rain/a/20250207A06UEN00" },
    });
  });
  it("reads the zone-less date in Beijing time", () => {
    expect(article?.date?.toISOString()).toBe("2025-02-07T09:31:11.000Z");
  });
  it("keeps the source link out of the body", () => {
    expect(article?.body).not.toContain("new.qq.com");
    expect(article?.body.endsWith("调出过往购买记录。")).toBe(true);
  });
});

const fm = (lines: string, body = "正文。") => `---\n${lines}\n---\n\n${body}\n`;

describe("defaults and fallbacks", () => {
  it("uses the site defaults when keys are absent", () => {
    const { article } = parse(fm('title: "T"\ndate: "2026-01-01"'));
    expect(article).toMatchObject({
      pager: siteConfig.defaults.pager,
      toc: siteConfig.defaults.toc,
      authorbox: siteConfig.defaults.authorbox,
      sidebar: siteConfig.sidebar,
      widgets: siteConfig.widgets,
      lang: siteConfig.language,
      thumbnail: null,
    });
  });
  it("lets the article's value win", () => {
    const { article } = parse(
      fm('title: "T"\ndate: "2026-01-01"\npager: false\ntoc: true\nsidebar: "left"\nwidgets: ["recent"]\nlang: en'),
    );
    expect(article).toMatchObject({ pager: false, toc: true, sidebar: "left", widgets: ["recent"], lang: "en" });
  });
  it("reads sidebar false and true", () => {
    expect(parse(fm("title: T\nsidebar: false")).article?.sidebar).toBe("none");
    expect(parse(fm("title: T\nsidebar: true")).article?.sidebar).toBe("right");
  });
  it("takes the slug from front matter, made URL-safe", () => {
    expect(parse(fm('title: T\nslug: "My Post"')).article?.slug).toBe("my-post");
    expect(parse(fm('title: T\nslug: "../../etc/passwd"')).article?.slug).toBe("etc-passwd");
  });
  it("makes a summary from the body when it is empty", () => {
    const { article } = parse(fm('title: T\nsummary: ""', "**第一句**很重要。第二句。"));
    expect(article?.summary).toBe("第一句很重要。第二句。");
  });
  it("reads the Mainroad thumbnail object with visibility", () => {
    const { article } = parse(fm('title: T\nthumbnail:\n  src: "/img/a.jpg"\n  visibility: [list]'));
    expect(article?.thumbnail).toEqual({ src: "/img/a.jpg", list: true, post: false });
  });
});

describe("messy input is repaired with a warning naming the line", () => {
  it("takes an empty title from the summary", () => {
    const { article } = parse(fm('title: ""\nsummary: "一段摘要，说明发生了什么。"'));
    expect(article?.title).toBe("一段摘要，说明发生了什么。");
    expect(messages(fm('title: ""\nsummary: "一段摘要"\ndate: "2026-01-01"'))).toEqual([
      'content/x.md:2:1: warning: `title` is missing or empty; using "一段摘要" — add a `title:`',
    ]);
  });
  it("publishes an article with an unreadable date undated", () => {
    const { article, diagnostics } = parse(fm('title: T\nsummary: s\ndate: "next tuesday"'));
    expect(article?.date).toBeNull();
    expect(diagnostics[0]).toMatchObject({ line: 4, severity: "warning" });
    expect(messageOf(diagnostics[0])).toContain('"next tuesday" is not a date');
  });
  it("warns about a missing date", () => {
    expect(messages(fm("title: T"))[0]).toMatch(/^content\/x\.md:1:1: warning: `date` is missing/);
  });
  it("removes control characters and says where the first one was", () => {
    const { article, diagnostics } = parse(fm('title: "A\u0007B"\ndate: "2026-01-01"'));
    expect(article?.title).toBe("AB");
    expect(diagnostics).toHaveLength(1);
    expect(formatDiagnostic(diagnostics[0])).toBe(
      "content/x.md:2:10: warning: removed 1 control character(s) (first here); delete them from the file to silence this warning",
    );
  });
  it("accepts a byte-order mark and CRLF line endings", () => {
    const { article, diagnostics } = parse('\uFEFF---\r\ntitle: "T"\r\ndate: "2026-01-01"\r\n---\r\n\r\nBody\r\n');
    expect(diagnostics).toEqual([]);
    expect(article?.title).toBe("T");
    expect(article?.body).toBe("Body");
  });
  it("reads a list where a string belongs, and a string where a list belongs", () => {
    const { article, diagnostics } = parse(fm('title: ["A", "B"]\ndate: "2026-01-01"\ntags: "solo"'));
    expect(article?.title).toBe("A B");
    expect(article?.tags).toEqual([{ name: "solo", slug: "solo" }]);
    expect(diagnostics.map((d) => d.line)).toEqual([2, 4]);
  });
  it("drops an unsafe thumbnail", () => {
    for (const bad of ["javascript:alert(1)", "data:image/png;base64,AAAA", "//evil.example/x.png", "ftp://x/y.png"]) {
      const { article, diagnostics } = parse(fm(`title: T\ndate: "2026-01-01"\nthumbnail: "${bad}"`));
      expect(article?.thumbnail).toBeNull();
      expect(messageOf(diagnostics[0])).toContain(
        "not an https:, http: or site-relative URL (or an image of the page bundle); dropped",
      );
    }
  });
  it("warns about a bad boolean and sidebar value and uses the default", () => {
    const { article, diagnostics } = parse(fm('title: T\ndate: "2026-01-01"\npager: "yes"\nsidebar: "top"'));
    expect(article?.pager).toBe(siteConfig.defaults.pager);
    expect(article?.sidebar).toBe(siteConfig.sidebar);
    expect(diagnostics.map((d) => d.line)).toEqual([4, 5]);
  });
  it("keeps one term per URL", () => {
    const { article } = parse(fm('title: T\ntags: ["AI", "ai", "The telegraph"]'));
    expect(article?.tags).toEqual([
      { name: "AI", slug: "ai" },
      { name: "The telegraph", slug: "the-telegraph" },
    ]);
  });
});

describe("files that cannot be an article are skipped with an error", () => {
  it("reports broken YAML with its line", () => {
    const { article, diagnostics } = parse(fm('title: "T"\ndate: "2026-01-01"\ntags: [a, b\nlead: x'));
    expect(article).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].severity).toBe("error");
    expect(diagnostics[0].line).toBeGreaterThanOrEqual(4);
    expect(messageOf(diagnostics[0])).toContain("front matter is not valid YAML");
  });
  it("skips a file with nothing to show", () => {
    const { article, diagnostics } = parse(fm('title: ""', ""));
    expect(article).toBeNull();
    expect(diagnostics[0].severity).toBe("error");
  });
  it("keeps a file with only a title and no body", () => {
    const { article } = parse(fm('title: "Only a title"', ""));
    expect(article?.title).toBe("Only a title");
    expect(article?.body).toBe("");
  });
});
