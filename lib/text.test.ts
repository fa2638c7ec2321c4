import { describe, expect, it } from "vitest";
import { excerpt, markdownToPlainText, readingStats, titleFromText, truncateChars } from "./text";

describe("markdownToPlainText", () => {
  it("strips markup and keeps the words", () => {
    expect(markdownToPlainText("## 标题\n\n**粗体**和[链接](https://x.y)![图](a.png)`code`")).toBe(
      "标题粗体和链接 code",
    );
    expect(markdownToPlainText("Hello **world**,\nnext line.")).toBe("Hello world, next line.");
  });
  it("joins Chinese lines without a space", () => {
    expect(markdownToPlainText("第一段。\n\n第二段")).toBe("第一段。第二段");
  });
});

describe("excerpt", () => {
  it("keeps short text whole", () => {
    expect(excerpt("短文本。")).toBe("短文本。");
  });
  it("cuts Chinese at about 120 characters, at a sentence end when one is near", () => {
    const text = "这是一个测试句子，用来检查摘要。".repeat(12);
    const out = excerpt(text);
    expect(Array.from(out).length).toBeLessThanOrEqual(121);
    expect(out.endsWith("。")).toBe(true);
  });
  it("cuts Latin text at about 50 words on a word boundary", () => {
    const text = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");
    const out = excerpt(text);
    expect(out.split(" ").length).toBe(50);
    expect(out.endsWith("word49…")).toBe(true);
  });
  it("truncates by characters, not UTF-16 units", () => {
    expect(truncateChars("😀😀😀", 2)).toBe("😀😀…");
  });
});

describe("titleFromText", () => {
  it("takes the first sentence, cut on a word boundary", () => {
    expect(titleFromText("央行今天降息。市场反应积极。")).toBe("央行今天降息。");
    expect(
      titleFromText("Iranian Navy Commander: The enemy will never again be able to do what it wants in the region"),
    ).toBe("Iranian Navy Commander: The enemy will never again be able to do…");
    expect(titleFromText("Short one. Then more words follow here.")).toBe("Short one. Then more words follow here.");
    expect(titleFromText("U.S. STATE DEPARTMENT APPROVES SALE. More text")).toBe(
      "U.S. STATE DEPARTMENT APPROVES SALE.",
    );
  });
});

describe("readingStats", () => {
  it("counts Chinese in characters and Latin in words", () => {
    expect(readingStats("亚马逊发布财报。")).toEqual({ length: 7, minutes: 1 });
    expect(readingStats("Amazon reported strong results.")).toEqual({ length: 4, minutes: 1 });
    expect(readingStats("亚马逊在AWS上用DeepSeek")).toEqual({ length: 8, minutes: 1 });
    expect(readingStats("字".repeat(2000)).minutes).toBe(5);
    expect(readingStats("")).toEqual({ length: 0, minutes: 0 });
  });
});
