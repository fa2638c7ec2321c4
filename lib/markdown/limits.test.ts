import { describe, expect, it } from "vitest";
import { renderMarkdown, plainTextHtml } from "./index";
import { limitMarkdown, MAX_INDENT, MAX_INLINE_MARKS, MAX_NESTING } from "./limits";

const depth = (html: string, tag: string) => {
  let d = 0;
  let max = 0;
  for (const m of html.matchAll(new RegExp(`<(/?)${tag}>`, "g"))) max = Math.max(max, (d += m[1] ? -1 : 1));
  return max;
};

describe("limitMarkdown", () => {
  it("leaves ordinary Markdown untouched (the same string)", () => {
    const md =
      "# 标题\n\n- 一\n  - 二\n    - 三\n\n> 引用 **加粗** [链接](/x)\n\n```\n" + " ".repeat(200) + "code\n```\n";
    const r = limitMarkdown(md);
    expect(r).toEqual({ text: md, nested: [], escaped: [] });
  });

  it("flattens 10,000 nested list items and block quotes to MAX_NESTING levels, keeping the text", () => {
    const md = "前言\n\n" + "- ".repeat(10_000) + "最深处\n\n" + "> ".repeat(10_000) + "最深的引用\n";
    const r = limitMarkdown(md);
    expect(r.nested).toEqual([3, 5]);
    const html = renderMarkdown(md).html;
    expect(depth(html, "ul")).toBe(MAX_NESTING);
    expect(depth(html, "blockquote")).toBe(MAX_NESTING);
    expect(html).toContain("最深处");
    expect(html).toContain("最深的引用");
  });

  it("caps indentation outside code fences, not inside them", () => {
    const deep = " ".repeat(10_000) + "- x";
    const r = limitMarkdown(`${deep}\n\n\`\`\`\n${deep}\n\`\`\`\n`);
    expect(r.nested).toEqual([1]);
    const lines = r.text.split("\n");
    expect(lines[0]).toBe(" ".repeat(MAX_INDENT) + "- x");
    expect(lines[3]).toBe(deep);
  });

  it("escapes a paragraph's inline punctuation beyond the budget, so matching stays linear", () => {
    const md = "[".repeat(50_000) + "a" + "]".repeat(50_000) + "\n\n下一段**加粗**";
    const r = limitMarkdown(md);
    expect(r.escaped).toEqual([1]);
    const first = r.text.split("\n")[0];
    expect(first.startsWith("[".repeat(MAX_INLINE_MARKS) + "\\[")).toBe(true);
    // The budget is per paragraph: the next one keeps its formatting.
    expect(renderMarkdown(md).html).toContain("<strong>加粗</strong>");
  }, 60_000);
});

describe("renderMarkdown on hostile input", () => {
  it("renders pathological inputs as Markdown, in bounded time, keeping their text", () => {
    const cases = {
      emphasis: "*a ".repeat(20_000) + "末尾" + " a*".repeat(20_000),
      links: "[a][b]".repeat(20_000) + "末尾\n\n[b]: /x",
      quotes: "> ".repeat(20_000) + "末尾",
    };
    for (const [name, md] of Object.entries(cases)) {
      const r = renderMarkdown(md);
      expect(r.report.failed, name).toBeUndefined();
      expect(r.html, name).toContain("末尾");
    }
  }, 60_000);

  it("shows the body as plain text when the HTML stages give up (20,000 nested <div>s)", () => {
    const r = renderMarkdown("<div>".repeat(20_000) + "文字" + "</div>".repeat(20_000));
    expect(r.report.failed).toMatch(/call stack/);
    expect(r.html).toContain("&lt;div&gt;文字&lt;/div&gt;");
    expect(r.html).not.toContain("<div>");
  }, 60_000);

  it("falls back to escaped plain text", () => {
    expect(plainTextHtml("a <b>&\nc\n\n\nd")).toBe("<p>a &lt;b&gt;&amp;<br>\nc</p>\n<p>d</p>");
  });
});
