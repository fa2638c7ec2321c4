import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildIndex } from "./content";
import { activeTaxonomies, getTerm, menuItems } from "./content/queries";
import { relatedArticles } from "./content/related";
import { renderFeed } from "./feed";
import { excerptParts } from "./search-excerpt";
import { newsArticleJsonLd } from "./seo";
import { renderSitemapIndex, renderUrlset, sitemapEntries } from "./sitemap";
import { escapeXml, inlineJson } from "./xml";

const dir = path.join(process.cwd(), "content");
const file = (name: string, fm: string) => ({ file: path.join(dir, name), raw: `---\n${fm}\n---\n\n正文。\n` });
const index = buildIndex([
  file(
    "a.md",
    'title: "A & <B>"\ndate: "2026-01-01 08:00"\ntags: [x, y]\ncategories: [c]\nthumbnail: "/img/a.png"\nsummary: "摘要 <b>"',
  ),
  file("b.md", 'title: "B"\ndate: "2026-01-02 08:00"\ntags: [x, y]\ncategories: [d]'),
  file("c.md", 'title: "C"\ndate: "2026-01-03 08:00"\ntags: [x]\ncategories: [d]'),
  file("d.md", 'title: "D"\ndate: "2026-01-04 08:00"\ntags: [z]\nlang: en'),
]);

describe("feeds", () => {
  const xml = renderFeed({ title: "站点 & 新闻", link: "/", self: "/index.xml", description: "d" }, index.articles);
  it("escapes text and uses absolute links", () => {
    expect(xml).toContain("<title>站点 &amp; 新闻</title>");
    expect(xml).toContain("<title>A &amp; &lt;B&gt;</title>");
    expect(xml).toContain("<description>摘要 &lt;b&gt;</description>");
    expect(xml).toMatch(/<link>https?:\/\/[^<]+\/posts\/a\/<\/link>/);
    expect(xml).toMatch(/<media:content url="https?:\/\/[^"]+\/img\/a\.png" medium="image" type="image\/png"\/>/);
    expect(xml).toContain("<pubDate>Thu, 01 Jan 2026 00:00:00 GMT</pubDate>");
  });
  it("keeps the newest first and caps the count", () => {
    const many = Array.from({ length: 80 }, () => index.articles[0]);
    expect(
      renderFeed({ title: "t", link: "/", self: "/index.xml", description: "d" }, many).match(/<item>/g),
    ).toHaveLength(50);
    expect(xml.indexOf("/posts/d/")).toBeLessThan(xml.indexOf("/posts/a/"));
  });
});

describe("sitemap", () => {
  it("lists home, articles, taxonomy and term pages, absolute and escaped", () => {
    const urls = sitemapEntries(index).map((e) => e.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        "/",
        "/posts/a/",
        "/posts/d/",
        "/tags/",
        "/tags/x/",
        "/categories/c/",
        "/languages/",
        "/languages/en/",
      ]),
    );
    const xml = renderUrlset([{ url: "/tags/a&b/", lastmod: "2026-01-01" }]);
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/tags\/a&amp;b\/<\/loc><lastmod>2026-01-01<\/lastmod>/);
  });
  it("becomes an index of parts past 50,000 URLs", () => {
    expect(renderSitemapIndex(3).match(/<sitemap><loc>[^<]+\/sitemaps\/\d\.xml<\/loc><\/sitemap>/g)).toHaveLength(3);
  });
});

describe("JSON-LD and inline data", () => {
  it("describes a NewsArticle with zoned dates", () => {
    const ld = newsArticleJsonLd(index.bySlug.get("a")!);
    expect(ld).toMatchObject({
      "@type": "NewsArticle",
      headline: "A & <B>",
      datePublished: "2026-01-01T08:00:00+08:00",
      keywords: "x, y",
    });
    expect(ld.image).toEqual([expect.stringMatching(/^https?:\/\/.+\/img\/a\.png$/)]);
  });
  it("escapes < so no value can close the script element", () => {
    expect(inlineJson({ t: "</script><script>alert(1)</script>" })).not.toContain("<");
    expect(escapeXml("a\u0001b")).toBe("ab");
  });
});

describe("related articles", () => {
  it("ranks by shared tags and categories, newest first among equals, never itself", () => {
    const a = index.bySlug.get("a")!;
    expect(relatedArticles(a, index).map((r) => r.title)).toEqual(["B", "C"]);
    const c = index.bySlug.get("c")!;
    expect(relatedArticles(c, index).map((r) => r.title)).toEqual(["B", "A & <B>"]);
    expect(relatedArticles(index.bySlug.get("d")!, index)).toEqual([]);
  });
});

describe("languages", () => {
  it("are a taxonomy shown only when the site has more than one", () => {
    expect(activeTaxonomies(index)).toEqual(["tags", "categories", "languages"]);
    expect(getTerm("languages", "en", index)?.count).toBe(1);
    const single = buildIndex([file("a.md", 'title: "A"\ndate: "2026-01-01"')]);
    expect(activeTaxonomies(single)).toEqual(["tags", "categories"]);
    expect(getTerm("languages", "zh-cn", single)).toBeNull();
  });
});

describe("menus", () => {
  it("list the articles that put themselves in a menu after the configured entries", () => {
    const withMenu = buildIndex([
      file("about.md", 'title: "关于"\ndate: "2026-01-01"\nmenu: main'),
      file("x.md", 'title: "X"\nmenu: ""'),
    ]);
    const items = menuItems("main", withMenu);
    expect(items.at(-1)).toEqual({ name: "关于", url: "/posts/about/" });
    expect(items.slice(0, -1).map((i) => i.url)).toEqual(["/", "/categories/", "/tags/", "/archives/"]);
    expect(menuItems("footer", withMenu)).toEqual([]);
  });
});

describe("search excerpts", () => {
  it("are split into text and highlights, with entities decoded and other tags dropped", () => {
    expect(excerptParts("净<mark>利润</mark> &lt;b&gt; <img src=x>")).toEqual([
      { text: "净", mark: false },
      { text: "利润", mark: true },
      { text: " <b> ", mark: false },
    ]);
  });
});
