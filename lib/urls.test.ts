import { describe, expect, it } from "vitest";
import {
  archiveUrl,
  articleUrl,
  FIXED_PATHS,
  routeOf,
  decodeParam,
  homeUrl,
  slugFromFileName,
  termSlug,
  termUrl,
  trailingSlashRedirect,
  urlSegment,
} from "./urls";

describe("slugs", () => {
  it("takes the file name without .md, lower-cased", () => {
    expect(slugFromFileName("content/000_bd8401d927c5eba6.md")).toBe("000_bd8401d927c5eba6");
    expect(slugFromFileName("/a/b/Hello World.MD")).toBe("hello-world");
    expect(slugFromFileName("x/03a19c.zh-HK.md")).toBe("03a19c.zh-hk");
  });
  it("replaces characters unsafe in a URL path", () => {
    expect(urlSegment("a/b?c#d%e f")).toBe("a-b-c-d-e-f");
    expect(urlSegment("../../etc/passwd")).toBe("etc-passwd");
    expect(urlSegment("..")).toBe("");
    expect(urlSegment("  --Trim me--  ")).toBe("trim-me");
  });
});

describe("term URLs", () => {
  it("lower-cases, turns spaces into -, keeps CJK", () => {
    expect(termSlug("The telegraph")).toBe("the-telegraph");
    expect(termSlug("新能源汽车")).toBe("新能源汽车");
    expect(termSlug("AI 芯片")).toBe("ai-芯片");
    expect(termSlug("C++")).toBe("c++");
  });
  it("percent-encodes on the wire and decodes back", () => {
    expect(termUrl("tags", "航运")).toBe("/tags/%E8%88%AA%E8%BF%90/");
    expect(termUrl("categories", "qq", 3)).toBe("/categories/qq/page/3/");
    expect(decodeParam("%E8%88%AA%E8%BF%90")).toBe("航运");
    expect(decodeParam("航运")).toBe("航运");
    expect(decodeParam("%ZZ")).toBe("%ZZ");
  });
  it("builds the other URLs with a trailing slash", () => {
    expect(homeUrl()).toBe("/");
    expect(homeUrl(1)).toBe("/");
    expect(homeUrl(2)).toBe("/page/2/");
    expect(articleUrl("a-b")).toBe("/posts/a-b/");
  });
});

describe("the feed's file names", () => {
  it("keep their dots in the slug and the URL, which ends in a slash", () => {
    expect(slugFromFileName("x/276092.en.md")).toBe("276092.en");
    expect(slugFromFileName("x/20260822A09R9J00.zh-CN.md")).toBe("20260822a09r9j00.zh-cn");
    expect(slugFromFileName("x/tagreuters.com,2026-08-21newsml_ACS7jdCna0.en.md")).toBe(
      "tagreuters.com-2026-08-21newsml_acs7jdcna0.en",
    );
    expect(articleUrl("276092.en")).toBe("/posts/276092.en/");
    expect(articleUrl("a.b.c")).toBe("/posts/a.b.c/");
  });
});

describe("trailing slash", () => {
  it("is added to a path whose last segment has no dot, the query kept by the caller", () => {
    expect(trailingSlashRedirect("/tags")).toBe("/tags/");
    expect(trailingSlashRedirect("/posts/2026-11-05-yield-curve")).toBe("/posts/2026-11-05-yield-curve/");
    expect(trailingSlashRedirect("/tags/%E8%88%AA%E8%BF%90/page/2")).toBe("/tags/%E8%88%AA%E8%BF%90/page/2/");
  });
  it("is never taken away: a dotted last segment with a slash is a page", () => {
    for (const p of ["/posts/276092.en/", "/posts/20260822a09r9j00.zh-cn/", "/posts/a.b.c/", "/", "/tags/"])
      expect(trailingSlashRedirect(p), p).toBeNull();
  });
  it("leaves files, dotted slugs without a slash and Next's own paths alone", () => {
    for (const p of [
      "/index.xml",
      "/robots.txt",
      "/pagefind/pagefind.js",
      "/posts/a/cover.png",
      "/posts/276092.en",
      "/_next/static/chunks/main.js",
      "/_next/image",
      "/.well-known/security",
    ])
      expect(trailingSlashRedirect(p), p).toBeNull();
  });
});

describe("archive URLs", () => {
  it("are Hugo's :year/:month/:day paths, read back by routeOf", () => {
    expect(archiveUrl("2026")).toBe("/2026/");
    expect(archiveUrl("2026-08")).toBe("/2026/08/");
    expect(archiveUrl("2026-08-22")).toBe("/2026/08/22/");
    expect(archiveUrl("2026-08-22", 2)).toBe("/2026/08/22/page/2/");
    expect(routeOf("/archives/")).toEqual({ route: "archives" });
    expect(routeOf("/2026/")).toEqual({ route: "year", year: "2026" });
    expect(routeOf("/2026/08/")).toEqual({ route: "month", year: "2026", month: "08" });
    expect(routeOf("/2026/08/22/page/3/")).toEqual({ route: "day", year: "2026", month: "08", day: "22", page: "3" });
    expect(routeOf("/2026/8/")).toEqual({ route: "unknown" });
    expect(routeOf("/2019/01/old-post/")).toEqual({ route: "unknown" });
    expect(routeOf("/tags/2026/")).toMatchObject({ route: "term", term: "2026" });
    expect(FIXED_PATHS.has("/archives")).toBe(true);
  });
});
