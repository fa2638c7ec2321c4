import { describe, expect, it } from "vitest";
import { articleUrl, decodeParam, homeUrl, slugFromFileName, termSlug, termUrl, urlSegment } from "./urls";

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
