import { describe, expect, it } from "vitest";
import { foldScript } from "./fold";

/** News words as a mainland and a Hong Kong / Taiwan paper spell them. */
const PAIRS: [string, string][] = [
  ["台积电", "台積電"],
  ["国际", "國際"],
  ["经济", "經濟"],
  ["发展", "發展"],
  ["头发", "頭髮"],
  ["联合国", "聯合國"],
  ["选举", "選舉"],
  ["议会", "議會"],
  ["机场", "機場"],
  ["铁路", "鐵路"],
  ["银行", "銀行"],
  ["货币", "貨幣"],
  ["贸易战", "貿易戰"],
  ["关税", "關稅"],
  ["电动车", "電動車"],
  ["芯片", "芯片"],
  ["习近平", "習近平"],
  ["乌克兰", "烏克蘭"],
  ["美联储", "美聯儲"],
  ["证券", "證券"],
  ["恒生指数", "恒生指數"],
  ["台风", "颱風"],
  ["里面", "裏面"],
  ["里面", "裡面"],
  ["疫苗", "疫苗"],
  ["网络", "網絡"],
  ["卫生", "衞生"],
  ["为了", "爲了"],
];

describe("foldScript", () => {
  it.each(PAIRS)("folds %s and %s to the same string", (simplified, traditional) => {
    expect(foldScript(traditional)).toBe(foldScript(simplified));
    expect(foldScript(simplified)).toBe(simplified);
  });

  it("leaves English, digits and punctuation alone", () => {
    const text = "TSMC (2330.TW) posts record Q3 profit, up 39.1% — https://example.com/a?b=1";
    expect(foldScript(text)).toBe(text);
  });

  it("keeps the length of any text, so offsets in the folded text are offsets in the original", () => {
    const text = "「台積電」公佈第三季財報，營收創新高；着重發展先進製程。𠵾";
    expect(foldScript(text)).toHaveLength(text.length);
    expect(foldScript(text)).toBe("「台积电」公布第三季财报，营收创新高；着重发展先进制程。𠵾");
  });
});
