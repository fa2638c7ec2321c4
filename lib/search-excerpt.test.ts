import { describe, expect, it } from "vitest";
import { searchRecord } from "./search";
import { originalExcerptParts } from "./search-excerpt";
import { foldScript } from "./script/fold";
import type { ParsedArticle } from "./content/article";

describe("originalExcerptParts", () => {
  const original = "香港電車宣布，下月起試行北角至筲箕灣特快班次，繁忙時間每十分鐘一班。";
  const content = foldScript(original);

  it("shows a Traditional article's excerpt in Traditional, with the match marked", () => {
    // What Pagefind returns for 电车 (folded from 電車) on the folded content.
    const excerpt = "香港<mark>电</mark><mark>车</mark>宣布，下月起试行";
    expect(originalExcerptParts(excerpt, content, original)).toEqual([
      { text: "香港", mark: false },
      { text: "電車", mark: true },
      { text: "宣布，下月起試行", mark: false },
    ]);
  });

  it("keeps the excerpt as is when there is no original or it cannot be placed", () => {
    expect(originalExcerptParts("<mark>TSMC</mark> up", "TSMC up", undefined)).toEqual([
      { text: "TSMC", mark: true },
      { text: " up", mark: false },
    ]);
    expect(
      originalExcerptParts("不在<mark>这里</mark>", content, original)
        .map((p) => p.text)
        .join(""),
    ).toBe("不在这里");
  });
});

describe("searchRecord", () => {
  const article = {
    slug: "tram",
    title: "電車公司試行新路線",
    summary: "",
    body: "香港**電車**宣布。",
    tags: [{ name: "交通", slug: "交通" }],
    categories: [],
    lang: "zh-HK",
    date: null,
  } as unknown as ParsedArticle;

  it("indexes folded text and keeps the original for the excerpt", () => {
    const record = searchRecord(article);
    expect(record.content).toBe("电车公司试行新路线 交通 香港电车宣布。");
    expect(record.meta.original).toBe("電車公司試行新路線 交通 香港電車宣布。");
    expect(record.meta.title).toBe("電車公司試行新路線");
    expect(record.meta.lang).toBe("zh-HK");
  });

  it("keeps no copy when folding changes nothing", () => {
    const record = searchRecord({ ...article, title: "电车", body: "Trams in Hong Kong.", tags: [], lang: "zh-CN" });
    expect(record.content).toBe("电车 Trams in Hong Kong.");
    expect(record.meta.original).toBeUndefined();
  });
});
