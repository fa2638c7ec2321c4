import { describe, expect, it } from "vitest";
import type { Article } from "./article";
import pairs from "./fixtures/story-pairs.json";
import { findStories, showOnce, similarity, storyCards, titleTokens } from "./stories";

let n = 0;
/** A published article with only what grouping reads: title, date, source. */
export function fakeArticle(title: string, date: string | null, source: string): Article {
  n++;
  return {
    slug: `a${n}`,
    file: `/c/a${n}.md`,
    title,
    date: date ? new Date(`${date.replace(" ", "T")}Z`) : null,
    summary: "",
    lead: "",
    lang: "en",
    categories: [{ name: source, slug: source.toLowerCase() }],
    tags: [],
    languages: [],
    thumbnail: null,
    menu: [],
    comments: false,
    authorbox: false,
    pager: true,
    toc: false,
    mathjax: false,
    sidebar: "right",
    widgets: [],
    draft: false,
    bundle: false,
    description: "",
    updated: null,
    weight: 0,
    aliases: [],
    publishDate: null,
    expiryDate: null,
    source: null,
    fingerprint: `f${n}`,
  };
}

type Side = { title: string; date: string; source: string };

/**
 * Precision and recall of findStories on pairs labelled by hand: every distinct article of the
 * fixture grouped at once (the token weights need a corpus), then each pair looked up.
 */
export function measure(list: { a: Side; b: Side; same: boolean }[]) {
  const articles = new Map<string, Article>();
  const article = (s: Side) => {
    const key = `${s.title}\0${s.date}\0${s.source}`;
    let a = articles.get(key);
    if (!a) articles.set(key, (a = fakeArticle(s.title, s.date, s.source)));
    return a;
  };
  const sides = list.map(({ a, b }) => [article(a), article(b)]);
  const storyOf = findStories([...articles.values()]);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  list.forEach(({ a, b, same }, i) => {
    const [x, y] = sides[i];
    const grouped = storyOf.get(x.slug)?.members.includes(y) ?? false;
    if (grouped && same) tp++;
    else if (grouped) {
      fp++;
      wrong.push(`merged: ${a.title} | ${b.title}`);
    } else if (same) {
      fn++;
      wrong.push(`missed: ${a.title} | ${b.title}`);
    }
  });
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn, wrong };
}

describe("story groups on pairs of real articles labelled by hand", () => {
  it("merge with a precision of at least 0.95 (a wrong merge hides news)", () => {
    const m = measure(pairs.pairs);
    if (process.env.SHOW_PAIRS) console.log(m.wrong.join("\n"));
    console.log(
      `story pairs: ${pairs.pairs.length}, precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}`,
    );
    expect(pairs.pairs.length).toBeGreaterThanOrEqual(150);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    // Titles alone find about half the same-story pairs: the price of never hiding news by a wrong merge.
    expect(m.recall).toBeGreaterThanOrEqual(0.4);
  });
});

describe("findStories", () => {
  const reuters = fakeArticle("Tesla recalls 3 million cars in China over door handles", "2026-08-21 09:00", "Reuters");
  const bloomberg = fakeArticle(
    "China: Tesla recalls 3 million cars over door handles",
    "2026-08-21 12:00",
    "Bloomberg",
  );
  const later = fakeArticle("Tesla recalls 3 million cars in China over door handles", "2026-08-25 09:00", "AFP");
  const sameSource = fakeArticle("Tesla recalls 3 million cars in China, door handles", "2026-08-21 10:00", "Reuters");
  const chinese = fakeArticle("特斯拉在華召回300萬輛汽車", "2026-08-21 10:00", "联合早报");
  const chineseToo = fakeArticle("特斯拉在华召回300万辆汽车 涉及车门把手", "2026-08-21 11:00", "新浪");
  const other = fakeArticle("Nvidia raises prices for AI customers by 15%", "2026-08-21 11:00", "Reuters");
  const filler = Array.from({ length: 30 }, (_, i) =>
    fakeArticle(`Company ${i} reports quarterly results ${i}`, "2026-08-21 08:00", `Wire ${i}`),
  );
  const all = [reuters, bloomberg, later, sameSource, chinese, chineseToo, other, ...filler];
  const storyOf = findStories(all);

  it("groups one event from two sources within two days, newest member first", () => {
    expect(storyOf.get(reuters.slug)?.members).toEqual([bloomberg, reuters]);
    expect(storyOf.get(bloomberg.slug)).toBe(storyOf.get(reuters.slug));
  });

  it("leaves out the same title days later, a second article of one source, and other stories", () => {
    expect(storyOf.has(later.slug)).toBe(false);
    expect(storyOf.has(sameSource.slug)).toBe(false);
    expect(storyOf.has(other.slug)).toBe(false);
  });

  it("groups Chinese with Chinese, Traditional and Simplified alike, never with English", () => {
    expect(storyOf.get(chinese.slug)?.members).toEqual([chineseToo, chinese]);
    expect(titleTokens("美國關稅")).toEqual(titleTokens("美国关税"));
  });

  it("reads amounts and feed prefixes alike however written", () => {
    const w = () => 1;
    expect(
      similarity(titleTokens("BRIEF-Acme wins $400M Army deal"), titleTokens("Acme wins $400 million Army deal"), w),
    ).toBe(1);
    expect(titleTokens("Acme wins deal | ACME Stock News")).toEqual(titleTokens("Acme wins deal"));
  });

  it("shows a story once in a list, at its newest listed member, with the other sources", () => {
    const list = [bloomberg, other, reuters];
    expect(showOnce(list, storyOf)).toEqual([bloomberg, other]);
    expect(storyCards(list, storyOf)).toEqual([
      { article: bloomberg, others: [reuters] },
      { article: other, others: [] },
    ]);
  });

  it("stays near-linear: 20,000 articles grouped in well under the square's time", { timeout: 60_000 }, () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      fakeArticle(
        `Firm${i % 5000} ${["wins", "loses", "signs", "ends"][i % 4]} contract with agency${i % 777} worth ${i}`,
        `2026-08-${String(1 + (i % 28)).padStart(2, "0")} 10:00`,
        `Source ${i % 50}`,
      ),
    );
    const start = performance.now();
    findStories(many);
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});
