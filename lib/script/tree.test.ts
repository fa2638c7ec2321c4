import { describe, expect, it } from "vitest";
import STPhrases from "opencc-js/dict/STPhrases";
import { converter, scriptOf, usedPhrases } from "./convert";
import { convertTree, scriptsIn, type TreeNode } from "./tree";

/** A tiny stand-in for the DOM: elements with attributes, and text nodes. */
function el(tagName: string, attrs: Record<string, string>, ...children: (TreeNode | string)[]): TreeNode {
  const a = new Map(Object.entries(attrs));
  return {
    nodeType: 1,
    nodeValue: null,
    tagName: tagName.toUpperCase(),
    getAttribute: (n) => a.get(n) ?? null,
    setAttribute: (n, v) => void a.set(n, v),
    childNodes: children.map((c) => (typeof c === "string" ? { nodeType: 3, nodeValue: c, childNodes: [] } : c)),
  };
}
function text(node: TreeNode): string {
  return node.nodeType === 3 ? (node.nodeValue ?? "") : Array.from(node.childNodes).map(text).join("");
}

const phrases = async () => STPhrases;

function page() {
  return el(
    "html",
    { lang: "zh-CN" },
    el("nav", {}, "分类 · 标签"),
    el(
      "article",
      { lang: "zh-CN" },
      el("h1", {}, "台积电发布新一代芯片，头发"),
      el(
        "p",
        {},
        "详见 ",
        el("a", { href: "https://example.com/台积电/发布" }, "https://example.com/台积电/发布"),
        "。",
      ),
      el("pre", {}, el("code", {}, 'const 发布 = "台积电";')),
      el("p", {}, "Reuters reported the 台积电 results."),
      el("img", { alt: "台积电总部", src: "/images/台积电.png" }),
    ),
    el("article", { lang: "zh-HK" }, el("h2", {}, "電車公司試行新路線")),
    el("article", { lang: "en" }, el("h2", {}, "Markets weekly 台积电")),
  );
}

describe("scriptOf", () => {
  it("reads a lang value as the script it is written in", () => {
    expect(["zh", "zh-CN", "zh-Hans", "zh-SG", "zh-HK", "zh-MO", "zh-TW", "zh-Hant", "en", ""].map(scriptOf)).toEqual([
      "zh-CN",
      "zh-CN",
      "zh-CN",
      "zh-CN",
      "zh-HK",
      "zh-HK",
      "zh-TW",
      "zh-TW",
      null,
      null,
    ]);
  });
});

describe("convertTree", () => {
  it("converts Simplified text, titles and alt to Traditional, and lang follows", async () => {
    const root = page();
    expect(scriptsIn(root)).toEqual(new Set(["zh-CN", "zh-HK"]));
    const undo = convertTree(root, "zh-HK", { "zh-CN": await converter("zh-CN", "zh-HK", phrases) });
    const [nav, article, hk, en] = Array.from(root.childNodes);
    expect(root.getAttribute!("lang")).toBe("zh-HK");
    expect(text(nav)).toBe("分類 · 標籤");
    const [h1, p, pre, mixed, img] = Array.from(article.childNodes);
    expect(article.getAttribute!("lang")).toBe("zh-HK");
    expect(text(h1)).toBe("台積電發佈新一代芯片，頭髮");
    // URLs, code and English untouched, in text and in attributes other than alt/title.
    expect(text(p)).toBe("詳見 https://example.com/台积电/发布。");
    expect(p.childNodes[1].getAttribute!("href")).toBe("https://example.com/台积电/发布");
    expect(text(pre)).toBe('const 发布 = "台积电";');
    expect(text(mixed)).toBe("Reuters reported the 台積電 results.");
    expect(img.getAttribute!("alt")).toBe("台積電總部");
    expect(img.getAttribute!("src")).toBe("/images/台积电.png");
    // Already in the chosen script, or not Chinese: left as they are.
    expect(text(hk)).toBe("電車公司試行新路線");
    expect(en.getAttribute!("lang")).toBe("en");
    expect(text(en)).toBe("Markets weekly 台积电");

    undo();
    expect(text(root)).toBe(text(page()));
    expect(root.getAttribute!("lang")).toBe("zh-CN");
    expect(article.getAttribute!("lang")).toBe("zh-CN");
    expect(img.getAttribute!("alt")).toBe("台积电总部");
  });

  it("converts Traditional to Simplified, and between Hong Kong and Taiwan forms", async () => {
    const root = el("div", { lang: "zh-HK" }, "香港電車宣布，裏面");
    convertTree(root, "zh-CN", { "zh-HK": await converter("zh-HK", "zh-CN", phrases) });
    expect(text(root)).toBe("香港电车宣布，里面");
    expect(root.getAttribute!("lang")).toBe("zh-CN");
    const tw = el("div", { lang: "zh-HK" }, "裏面");
    convertTree(tw, "zh-TW", { "zh-HK": await converter("zh-HK", "zh-TW", phrases) });
    expect(text(tw)).toBe("裡面");
  });

  it("leaves alone what is marked not to convert", async () => {
    const root = el(
      "div",
      { lang: "zh-CN" },
      el("span", { "data-noconvert": "" }, "简"),
      el("span", { translate: "no" }, "发"),
    );
    convertTree(root, "zh-TW", { "zh-CN": await converter("zh-CN", "zh-TW", phrases) });
    expect(text(root)).toBe("简发");
  });
});

describe("usedPhrases", () => {
  it("keeps only the phrases the text uses, and converts it as the full table does", async () => {
    const texts = ["台积电发布新一代芯片，头发和理发店", "搜索最新文章"];
    const subset = usedPhrases(texts, STPhrases);
    expect(subset.split("|").length).toBeLessThan(20);
    const full = await converter("zh-CN", "zh-HK", phrases);
    const small = await converter("zh-CN", "zh-HK", async () => subset);
    for (const t of texts) expect(small!(t)).toBe(full!(t));
    expect(usedPhrases(["English only"], STPhrases)).toBe("");
  });
});
