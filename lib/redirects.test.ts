import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildIndex } from "./content";
import { redirectHtml, redirectPages } from "./redirects";

const dir = path.join(process.cwd(), "content");
const file = (name: string, fm: string, body = "正文。") => ({
  file: path.join(dir, name),
  raw: `---\n${fm}\n---\n\n${body}\n`,
});

describe("the static export's pages for old URLs", () => {
  const index = buildIndex([
    file("新闻.md", 'title: "A & <B> \\"q\\""\ndate: "2026-01-01 08:00"\naliases: ["/2019/01/old-post/", "/旧/"]'),
    file("kept.md", 'title: "Same"\ndate: "2026-01-02 08:00"', "The same body."),
    file("copy.md", 'title: "Same"\ndate: "2026-01-03 08:00"', "The same body."),
    file("plain.md", 'title: "Plain"\ndate: "2026-01-04 08:00"'),
  ]);
  const pages = redirectPages(index);

  it("writes one page per alias and per copy, at the old path, in path order", () => {
    const kept = index.bySlug.has("kept") ? "kept" : "copy";
    const copy = kept === "kept" ? "copy" : "kept";
    expect(pages.map((p) => p.file)).toEqual([
      path.join("2019", "01", "old-post", "index.html"),
      path.join("posts", copy, "index.html"),
      path.join("旧", "index.html"),
    ]);
    expect(pages[1].html).toContain(`url=/posts/${kept}/"`);
  });

  it("sends the browser on to the article's encoded URL and tells crawlers the same", () => {
    const html = pages[0].html;
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/posts/%E6%96%B0%E9%97%BB/">');
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/posts\/%E6%96%B0%E9%97%BB\/">/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/posts/%E6%96%B0%E9%97%BB/" lang="zh-CN">');
  });

  it("escapes the title and the link", () => {
    expect(pages[0].html).toContain("<title>A &amp; &lt;B&gt; &quot;q&quot;</title>");
    const html = redirectHtml('/posts/a"><script>/', "t", "en");
    expect(html).not.toContain("<script>");
    expect(html).toContain("url=/posts/a&quot;&gt;&lt;script&gt;/");
  });
});
