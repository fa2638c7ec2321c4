import path from "node:path";
import { describe, expect, it } from "vitest";
import { sitemapEntries } from "../sitemap";
import { bundleFileUrl, feedUrl, termUrl } from "../urls";
import { buildIndex } from "./index";
import { bundleFiles } from "./bundle";
import { resolvePath } from "./routes";

/** The bundled content/: every URL the site publishes must resolve as a page, or be left to Next. */
const index = buildIndex(path.join(process.cwd(), "content"));

describe("resolvePath", () => {
  it("finds every URL of the sitemap, raw and percent-encoded", () => {
    const urls = sitemapEntries(index).map((e) => e.url);
    expect(urls.length).toBeGreaterThanOrEqual(50);
    for (const url of urls) {
      expect(resolvePath(url, index), url).toBe("page");
      expect(resolvePath(encodeURI(url), index), url).toBe("page");
    }
  });

  it("finds every alias, and page 1 (which redirects)", () => {
    expect(index.aliases.size).toBeGreaterThan(0);
    for (const alias of index.aliases.keys()) expect(resolvePath(`${encodeURI(alias)}/`, index), alias).toBe("page");
    expect(resolvePath("/page/1/", index)).toBe("page");
    expect(resolvePath(termUrl("tags", index.terms.tags[0].slug).replace(/\/$/, "/page/1/"), index)).toBe("page");
  });

  it("leaves files, feeds, search and Next's own paths alone", () => {
    const bundled = index.articles.find((a) => bundleFiles(a).length)!;
    for (const p of [
      "/index.xml",
      "/sitemap.xml",
      "/sitemaps/0.xml",
      "/robots.txt",
      "/icon.svg",
      "/images/chip.svg",
      "/pagefind/pagefind.js",
      "/_next/static/x.js",
      "/_not-found/",
      "/search/",
      feedUrl("tags", index.terms.tags[0].slug),
      bundleFileUrl(bundled.slug, bundleFiles(bundled)[0]),
      "/posts/no-such/cover.png",
    ]) {
      expect(resolvePath(p, index), p).toBe("other");
    }
  });

  it("names what the pages would answer 404", () => {
    const pages = Math.ceil(index.articles.length / 10);
    for (const p of [
      "/posts/no-such-article/",
      `/page/${pages + 1}/`,
      "/page/0/",
      "/page/x/",
      "/tags/no-such-tag/",
      "/nothing/",
      "/no/such/page/",
      "/a/b/c/d/e/",
      `/tags/${encodeURIComponent(index.terms.tags[0].slug)}/page/99/`,
      "/posts/..%2f..%2fetc%2fpasswd/",
    ]) {
      expect(resolvePath(p, index), p).toBe("missing");
    }
  });
});
