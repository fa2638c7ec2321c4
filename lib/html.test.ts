import { describe, expect, it } from "vitest";
import { cachedHtml, escapeHtml } from "./html";

describe("cachedHtml", () => {
  it("builds a list's HTML once per variant and returns the same string after", () => {
    const list = [1, 2];
    let calls = 0;
    const build = () => `<li>${++calls}</li>`;
    expect(cachedHtml(list, "a", build)).toBe("<li>1</li>");
    expect(cachedHtml(list, "a", build)).toBe("<li>1</li>");
    expect(cachedHtml(list, "b", build)).toBe("<li>2</li>");
    expect(cachedHtml([1, 2], "a", build)).toBe("<li>3</li>"); // another list (a new index): built again
  });
});

describe("escapeHtml", () => {
  it("escapes what could end a text node or an attribute", () => {
    expect(escapeHtml(`<b title="x">AT&T's</b>`)).toBe("&lt;b title=&quot;x&quot;&gt;AT&amp;T&apos;s&lt;/b&gt;");
  });
});
