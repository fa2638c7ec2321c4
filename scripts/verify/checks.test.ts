import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { buildIndex } from "../../lib/content/index";
import { checkLinks, checkNothingLost, fileFor, linksIn } from "./checks";

const ORIGIN = "https://news.example.com";
let dir = "";
const write = (rel: string, text: string | Buffer) => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const page = (main: string, extra = "") =>
  `<!DOCTYPE html><html><head>${extra}</head><body><main id="main">${main}</main></body></html>`;
const fragment = (url: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: "x" })}`));

/** A two-article export: home → both articles and the tag 航运; sitemap, feed and search index. */
function site() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "verify-"));
  write(
    "index.html",
    page(
      '<a href="/posts/a/">A</a><a href="/posts/b/">B</a><a href="/tags/%E8%88%AA%E8%BF%90/">航运</a>',
      '<link rel="alternate" href="https://news.example.com/index.xml">',
    ),
  );
  write("posts/a/index.html", page('<img src="/images/a.png"><a href="/">home</a>'));
  write("posts/b/index.html", page('<a href="/posts/a/#top">A</a>'));
  write("images/a.png", "png");
  write("tags/航运/index.html", page('<a href="/posts/a/">A</a><a href="/posts/b/">B</a>'));
  write(
    "index.xml",
    `<rss><channel><link>${ORIGIN}/</link>` +
      `<item><link>${ORIGIN}/posts/a/</link><guid>${ORIGIN}/posts/a/</guid></item></channel></rss>`,
  );
  write(
    "sitemap.xml",
    `<urlset><url><loc>${ORIGIN}/</loc></url>` +
      `<url><loc>${ORIGIN}/posts/a/</loc></url><url><loc>${ORIGIN}/posts/b/</loc></url></urlset>`,
  );
  write("robots.txt", "Sitemap: x");
  write("pagefind/fragment/zh_1.pf_fragment", fragment("/posts/a/"));
  write("pagefind/fragment/zh_2.pf_fragment", fragment("/posts/b/"));
  const md = (slug: string) => ({
    file: `/c/${slug}.md`,
    raw: `---\ntitle: ${slug}\ndate: "2026-01-01"\ntags: ["航运"]\n---\n\n正文\n`,
  });
  return buildIndex([md("a"), md("b")]);
}
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the link crawler", () => {
  it("passes a site whose links all resolve and whose pages are all reachable", () => {
    site();
    const r = checkLinks(dir, ORIGIN);
    expect(r.problems).toEqual([]);
    expect(r.pages).toBe(5); // home, 2 articles, 1 tag, the feed
  });
  it("reports a broken link, with the page it is on", () => {
    site();
    write("posts/b/index.html", page('<a href="/posts/gone/">?</a>'));
    expect(checkLinks(dir, ORIGIN).problems).toEqual([{ kind: "broken link", detail: "/posts/b/ → /posts/gone/" }]);
  });
  it("reports a page nothing links to, and a sitemap entry that is missing", () => {
    site();
    write("posts/orphan/index.html", page("alone"));
    write("sitemap.xml", `<urlset><url><loc>${ORIGIN}/posts/missing/</loc></url></urlset>`);
    expect(checkLinks(dir, ORIGIN).problems.map((p) => `${p.kind}: ${p.detail}`)).toEqual([
      "broken link: /sitemap.xml → /posts/missing/",
      "unreachable: posts/orphan/index.html",
    ]);
  });
  it("resolves paths as nginx does, never outside the folder", () => {
    site();
    expect(fileFor(dir, "/posts/a/")).toBe(path.join(dir, "posts/a/index.html"));
    expect(fileFor(dir, "/posts/a")).toBe(path.join(dir, "posts/a/index.html"));
    expect(fileFor(dir, "/tags/%E8%88%AA%E8%BF%90/")).toBe(path.join(dir, "tags/航运/index.html"));
    expect(fileFor(dir, "/../../etc/passwd")).toBeNull();
    expect(fileFor(dir, "/%ZZ")).toBeNull();
    expect(linksIn('<a href="/x?a=1&amp;b=2">', false)).toEqual(["/x?a=1&b=2"]);
  });
});

describe("nothing lost", () => {
  it("passes when the sitemap, the term pages and the search index hold exactly the articles", () => {
    const index = site();
    expect(checkNothingLost(dir, ORIGIN, index)).toEqual({ problems: [], articles: 2, termPages: 1 });
  });
  it("reports an article missing from each place, and one that should not be there", () => {
    const index = site();
    write(
      "sitemap.xml",
      `<urlset><url><loc>${ORIGIN}/posts/a/</loc></url><url><loc>${ORIGIN}/posts/draft/</loc></url></urlset>`,
    );
    write("tags/航运/index.html", page('<a href="/posts/a/">A</a>'));
    fs.rmSync(path.join(dir, "pagefind/fragment/zh_2.pf_fragment"));
    expect(checkNothingLost(dir, ORIGIN, index).problems.map((p) => `${p.kind}: ${p.detail}`)).toEqual([
      "lost: /posts/b/ is not in the sitemap",
      "extra: /posts/draft/ is in the sitemap but not a published article",
      "lost: /posts/b/ is not in the pages of /tags/航运/",
      "lost: /posts/b/ is not in the search index",
    ]);
  });
});
