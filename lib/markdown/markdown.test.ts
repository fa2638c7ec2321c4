import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../config";
import { parseArticle } from "../content/article";
import { prepareEmphasis, renderMarkdown } from ".";

const seedFile = path.join(process.cwd(), "content", "000_bd8401d927c5eba6.md");
const seed = parseArticle(seedFile, fs.readFileSync(seedFile, "utf8"), siteConfig).article!;

describe("the seed article", () => {
  const { html } = renderMarkdown(seed.body);
  it("leaves no literal ** anywhere", () => {
    expect(html).not.toContain("**");
  });
  it("renders the bold runs next to Chinese punctuation as <strong>", () => {
    for (const run of [
      "蓝鲸新闻2月7日讯（记者 武静静）",
      "产能限制确实带来了挑战：“",
      "预计供应不足的问题会在2025年下半年开始缓解。",
      "亚马逊2024年基本面表现不错，全年营收增速超10%，净利润增速近100%。",
      "“特别关注 DeepSeek 在训练技术上的一些创新，例如在强化学习顺序上的创新，即在没有人为干预的情况下提前进行强化学习。”",
      "已经有客户开始测试使用DeepSeek。”",
    ]) {
      expect(html).toContain(`<strong>${run}</strong>`);
    }
    expect(html).not.toContain("<strong><strong>");
  });
  it("gives images lazy loading and no referrer", () => {
    expect(html).toContain('loading="lazy" decoding="async" referrerpolicy="no-referrer"');
  });
});

describe("CJK fixes", () => {
  it("joins bold runs glued by the export and drops empty pairs, but not inside code", () => {
    expect(prepareEmphasis("**甲****乙**")).toBe("**甲乙**");
    expect(prepareEmphasis("`a****b` **甲****乙**")).toBe("`a****b` **甲乙**");
    expect(prepareEmphasis("```\na****b\n```")).toBe("```\na****b\n```");
    expect(prepareEmphasis("作者 陈实丨编辑****\n三年")).toBe("作者 陈实丨编辑\n三年");
    expect(prepareEmphasis("编辑**** 三年")).toBe("编辑 三年");
    expect(prepareEmphasis("text ****")).toBe("text ");
  });
  it("keeps a thematic break and an author's escaped asterisks", () => {
    expect(prepareEmphasis("****")).toBe("****");
    expect(prepareEmphasis("  ****  ")).toBe("  ****  ");
    expect(renderMarkdown("a\n\n****\n\nb").html).toContain("<hr>");
    expect(renderMarkdown("\\*\\*Note: yield is annualized.").html).toBe("<p>**Note: yield is annualized.</p>\n");
  });
  it("pairs bold runs that CommonMark's flanking rules leave open", () => {
    expect(renderMarkdown("**“我过去总是说，”**Bianco说。").html).toBe(
      "<p><strong>“我过去总是说，”</strong>Bianco说。</p>\n",
    );
    expect(renderMarkdown("**About UBS  \n**UBS is a bank.").html).toBe(
      "<p><strong>About UBS<br>\n</strong>UBS is a bank.</p>\n",
    );
    const odd = renderMarkdown("5 ** 2 equals 25");
    expect(odd.html).toBe("<p>5 ** 2 equals 25</p>\n");
    expect(odd.report.literalEmphasis).toHaveLength(1);
  });
  it("reads bold markers with spaces inside as bold, the spaces outside the run", () => {
    expect(renderMarkdown("** 跟着头部抄作业 **").html).toBe("<p><strong>跟着头部抄作业</strong></p>\n");
    expect(renderMarkdown("**10:25-10:45 **茶歇").html).toBe("<p><strong>10:25-10:45</strong> 茶歇</p>\n");
    expect(renderMarkdown("## ** 小标题 **").toc).toEqual([{ id: "小标题", text: "小标题", depth: 2 }]);
  });
  it("makes a `**` that opens a line and is never closed bold to the end of that line", () => {
    const byline = renderMarkdown("**作者 | 内参君\n第二行");
    expect(byline.html).toBe("<p><strong>作者 | 内参君</strong>\n第二行</p>\n");
    expect(byline.report.literalEmphasis).toEqual([]);
    expect(renderMarkdown("正文。\n**数据来源：统计局").html).toBe(
      "<p>正文。\n<strong>数据来源：统计局</strong></p>\n",
    );
    expect(renderMarkdown("| a |\n|---|\n| **x |").html).toContain("<td><strong>x</strong></td>");
    // The heading's closing marker fell to the next line, a paragraph of its own.
    const heading = renderMarkdown("### **➤ QUICK HITS:  \n**\n\nThe debate.");
    expect(heading.html).toMatch(
      /^<h3 id="-quick-hits"><strong>➤ QUICK HITS:<\/strong><a [^>]+>#<\/a><\/h3>\n<p>The debate.<\/p>\n$/,
    );
    expect(heading.toc[0].text).toBe("➤ QUICK HITS:");
  });
  it("drops markers that stand alone on their line, and the paragraphs they leave empty", () => {
    const r = renderMarkdown("**\n\n******\n\n正文\n\n**\n**");
    expect(r.html).toBe("<p>正文</p>\n");
    expect(r.report.literalEmphasis).toEqual([]);
  });
  it("drops a stray `**` inside italics, keeps one outside as typed", () => {
    expect(renderMarkdown("*业绩受BD**交易首付款影响*").html).toBe("<p><em>业绩受BD交易首付款影响</em></p>\n");
    expect(renderMarkdown("*8月18**日**发布的报**告。*").html).toBe(
      "<p><em>8月18<strong>日</strong>发布的报告。</em></p>\n",
    );
    const typed = renderMarkdown("Python: 5**2 = 25");
    expect(typed.html).toBe("<p>Python: 5**2 = 25</p>\n");
    expect(typed.report.literalEmphasis).toEqual(["**2 = 25"]);
  });
  it("keeps the `****` of a bold italic run closed and an italic one opened", () => {
    expect(prepareEmphasis("***Note****The release.*")).toBe("***Note****The release.*");
    expect(renderMarkdown("***Note****The release.*").html).toBe("<p><em><strong>Note</strong>The release.</em></p>\n");
    expect(prepareEmphasis("***甲****乙***")).toBe("***甲乙***");
    expect(prepareEmphasis("a ***甲****乙* b")).toBe("a ***甲****乙* b");
  });
  it("does not turn a line break between Chinese characters into a space", () => {
    expect(renderMarkdown("第一行\n第二行").html).toBe("<p>第一行第二行</p>\n");
    expect(renderMarkdown("first\nsecond").html).toBe("<p>first\nsecond</p>\n");
  });
  it("renders strikethrough next to Chinese punctuation", () => {
    expect(renderMarkdown("~~观望情绪~~在降价潮中").html).toContain("<del>观望情绪</del>");
  });
});

describe("headings and table of contents", () => {
  const { html, toc } = renderMarkdown("## 洋山港\n\n### Remote ops\n\n## 洋山港\n\n#### deep\n\n## Main");
  it("gives headings stable ids, CJK kept, duplicates numbered, layout ids avoided", () => {
    expect(html).toContain('<h2 id="洋山港">');
    expect(html).toContain('<h2 id="洋山港-1">');
    expect(html).toContain('<h3 id="remote-ops">');
    expect(html).toContain('<h2 id="main-1">');
  });
  it("lists h2 and h3 in the table of contents", () => {
    expect(toc).toEqual([
      { id: "洋山港", text: "洋山港", depth: 2 },
      { id: "remote-ops", text: "Remote ops", depth: 3 },
      { id: "洋山港-1", text: "洋山港", depth: 2 },
      { id: "main-1", text: "Main", depth: 2 },
    ]);
  });
});

describe("sanitizing", () => {
  it("drops raw script, event handlers and javascript: URLs", () => {
    const { html } = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1)) [y](data:text/html,hi) ![z](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|data:text/i);
  });
  it("marks external links", () => {
    expect(renderMarkdown("[a](https://example.com)").html).toContain(
      '<a href="https://example.com" rel="noopener noreferrer">a</a>',
    );
    expect(renderMarkdown("[a](/posts/x/)").html).toContain('<a href="/posts/x/">a</a>');
  });
  it("renders GFM tables", () => {
    expect(renderMarkdown("| a | b |\n| - | -: |\n| 1 | 2 |").html).toContain("<table>");
  });
});

describe("the render report", () => {
  it("names the raw HTML removed and the URLs dropped", () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, "golden", "raw-html.md"), "utf8");
    const { report, html } = renderMarkdown(source);
    expect(report.removedHtml).toEqual(
      expect.arrayContaining(["<script>", "<style>", "<iframe>", "onclick on <div>", "onerror on <img>"]),
    );
    expect(report.droppedUrls).toEqual(expect.arrayContaining(["javascript:alert(1)", "vbscript:msgbox(1)"]));
    expect(html).not.toMatch(/<script|<style|<iframe|onclick|onerror|javascript:|vbscript:|data:text|style=/i);
    expect(html).toContain("<sub>2</sub>");
    expect(html).toContain("<kbd>Ctrl</kbd>");
    expect(html).toContain("<details><summary>展开全文</summary>");
  });
});
