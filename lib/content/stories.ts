/**
 * Story groups: articles from several sources telling the same event within STORY_WINDOW_MS, found
 * at index time between copies (./copies) and assemble (./assemble). Lists show a group once
 * (`showOnce`, `storyCards`); each member keeps its page and links the others.
 *
 * Built for precision, because a wrong merge hides news:
 * - titles only (summaries differ by source), English with English, Chinese with Chinese;
 * - candidates from an inverted index of title tokens, each article compared with at most
 *   NEIGHBOURS articles per token inside the time window: near-linear, never all pairs;
 * - a pair is the same story when its title tokens' similarity (./stories `similarity`) reaches
 *   THRESHOLD, the sources differ and neither title is generic;
 * - a group never holds two articles of one source and every pair inside it must stay similar
 *   (LINK_FLOOR), so one loose link cannot chain two stories together.
 * The method's precision and recall are measured on pairs labelled by hand (./stories.test.ts).
 */
import type { Article } from "./article";
import { isGenericTitle, sourceOf } from "./copies";

export const STORY_WINDOW_MS = 2 * 24 * 3600_000;
/** Similarity (0-1) a pair of titles needs to be one story. */
export const THRESHOLD = 0.33;
/** Similarity every pair inside a group keeps. */
export const LINK_FLOOR = 0.2;
const NEIGHBOURS = 40;
const BEST = 6;
const MAX_GROUP = 12;

export interface Story {
  /** Newest first (the order of the index). */
  members: Article[];
}

const STOP = new Set(
  (
    "a an the and or but of to in on at for from by with as is are was were be been being it its this that these " +
    "those after before over under into about amid says said say will would could should may might can has have had " +
    "not no new us vs via than more most up down out off per what why how who when where which while just also " +
    "report reports reported news update updates live million billion mln bn"
  ).split(" "),
);

const HAN = /\p{Script=Han}/u;

/**
 * Traditional → Simplified for the characters common in news titles (国/國, 关/關, 税/稅…): enough
 * for 美國 and 美国 to meet, without a conversion library.
 */
const T2S = new Map(
  Array.from(
    "國国關关稅税談谈亞亚億亿萬万與与為为對对將将後后發发經经濟济貿贸會会議议協协達达們们來来時时長长開开門门業业東东" +
      "車车電电產产際际價价錢钱銀银場场漲涨幣币輸输進进這这個个說说還还點点從从動动務务機机資资應应報报導导當当學学" +
      "實实現现區区華华衛卫軍军戰战總总統统權权選选舉举黨党聯联準准儲储險险貨货證证購购買买賣卖稱称據据標标創创營营" +
      "虧亏損损盤盘數数級级倫伦歐欧烏乌蘭兰臺台灣湾韓韩義义書书記记習习軟软體体網网絡络傳传訊讯號号調调鋼钢鐵铁礦矿" +
      "計计劃划組组織织員员廠厂歲岁傷伤擊击勢势續续錄录線线廣广雲云風风飛飞邊边園园圓圆團团圖图醫医藥药療疗環环護护" +
      "擬拟參参徵征課课費费補补貼贴規规範范積积極极氣气溫温頭头顯显響响較较變变讓让認认無无條条約约幾几週周節节話话" +
      "題题問问願愿簽签屆届龍龙馬马齊齐劉刘陳陈張张楊杨黃黄吳吴孫孙蔣蒋鍾钟羅罗葉叶蘇苏樂乐兒儿寶宝勞劳陽阳職职設设" +
      "備备術术藝艺災灾難难滿满淨净漢汉賽赛隊队獎奖負负債债讀读寫写夠够壓压擴扩獲获處处預预測测額额議议銷销售售" +
      "轉转換换稅税險险罰罚漁渔農农礎础構构築筑導导師师親亲愛爱歷历層层獨独佈布禁禁災灾罷罢籲吁懼惧",
  ).reduce<[string, string][]>((pairs, ch, i, all) => (i % 2 ? pairs : [...pairs, [ch, all[i + 1]]]), []),
);
const simplified = (text: string) => text.replace(/\p{Script=Han}/gu, (c) => T2S.get(c) ?? c);

/** What feeds wrap around a title: "BRIEF-", "US STOCKS-", "— WSJ", "| ABC Stock News", "-2-", ", Reuters reports". */
export function bareTitle(title: string): string {
  return title
    .replace(/\s*\|\s*[^|]*\bStock News\s*$/i, "")
    .replace(/^(?:BRIEF|UPDATE \d+|[A-Z][A-Z /&]{2,30})-(?=\S)/, "")
    .replace(/^(?:HED|REG|RPT|WRAPUP \d*|Update|Stock Market Today|Market Talk):\s*/i, "")
    .replace(
      /\s*[—–-]+\s*(?:\d+(?:st|nd|rd|th) Update|WSJ|Barrons\.com|Market Talk|[\w. ]{2,20}\.(?:com|net))\s*$/i,
      "",
    )
    .replace(/\s*-\d+-\s*$/, "")
    .replace(/,\s*[\w. ]{2,30} reports?(?: say)?\s*$/i, "")
    .replace(/\s*[—–-]\s*[\w.]{2,20}(?:…|\.\.\.)?\s*$/, (m) => (/[A-Z]/.test(m) ? "" : m));
}

/** "cjk" or "latin": stories are only looked for within one. */
export function scriptOf(title: string): "cjk" | "latin" {
  const han = (title.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (title.match(/[A-Za-z]/g) ?? []).length;
  return han * 3 >= latin ? "cjk" : "latin";
}

/** A title's tokens: Latin words (stop words out, plural s cut) and numbers; Chinese character pairs. */
export function titleTokens(title: string): string[] {
  const tokens = new Set<string>();
  const text = simplified(bareTitle(title))
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    // Amounts alike however written: "$400M", "$400 million", "400 Mln" → "400".
    .replace(/[$€£¥]/g, "")
    .replace(/(\d)(?:[.,]\d+)?\s*(?:m|mn|mln|million|b|bn|billion|k)\b/g, "$1 ");
  for (const run of text.match(/[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu) ?? []) {
    if (HAN.test(run)) {
      // Chinese: character bigrams of each Han run; Latin words and numbers inside it as words.
      for (const part of run.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
        if (HAN.test(part)) {
          const chars = Array.from(part);
          if (chars.length === 1) tokens.add(chars[0]);
          for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
        } else if (part.length > 1 || /\d/.test(part)) tokens.add(part);
      }
      continue;
    }
    if (STOP.has(run) || (run.length < 2 && !/\d/.test(run))) continue;
    tokens.add(run.length > 4 && run.endsWith("s") && !run.endsWith("ss") ? run.slice(0, -1) : run);
  }
  return [...tokens];
}

/**
 * Overlap of two titles' token sets, each token weighted by how rare it is among the articles
 * grouped (`weight`): a weighted Jaccard index. Shared names and numbers count; "announces",
 * "shares", "stock" barely do.
 */
export function similarity(a: readonly string[], b: readonly string[], weight: (token: string) => number): number {
  return weightedJaccard(new Set(a), new Set(b), weight);
}

function weightedJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (token: string) => number): number {
  let shared = 0;
  let union = 0;
  for (const t of a) union += weight(t);
  for (const t of b) {
    if (a.has(t)) shared += weight(t);
    else union += weight(t);
  }
  return union > 0 ? shared / union : 0;
}

interface Item {
  article: Article;
  time: number;
  tokens: string[];
  set: Set<string>;
  source: string;
}

/** Groups of two or more articles telling one story, keyed by each member's slug. */
export function findStories(articles: readonly Article[]): Map<string, Story> {
  const items: Item[] = [];
  for (const article of articles) {
    if (!article.date || isGenericTitle(article.title)) continue;
    const tokens = titleTokens(article.title);
    if (tokens.length < 3) continue;
    items.push({ article, time: article.date.getTime(), tokens, set: new Set(tokens), source: sourceOf(article) });
  }
  items.sort((a, b) => a.time - b.time);

  // Token weights: log inverse document frequency among the articles grouped.
  const df = new Map<string, number>();
  for (const item of items) for (const t of item.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [t, n] of df) weights.set(t, Math.log((items.length + 1) / (n + 1)));
  const weight = (t: string) => weights.get(t) ?? 0;
  /** The same-story test for two articles already known to be in one window and script. */
  const linked = (a: Item, b: Item) => (a.source === b.source ? 0 : weightedJaccard(a.set, b.set, weight));

  // Candidates: each token's articles in date order; an article meets the next NEIGHBOURS in the window.
  const buckets = new Map<string, number[]>();
  /** For each article, its tokens' buckets and its place in each. */
  const places: [number[], number][][] = items.map(() => []);
  items.forEach((item, i) => {
    const script = scriptOf(item.article.title);
    for (const t of item.tokens) {
      const key = `${script}:${t}`;
      let list = buckets.get(key);
      if (!list) buckets.set(key, (list = []));
      places[i].push([list, list.length]);
      list.push(i);
    }
  });
  const pairs: [number, number, number][] = [];
  const shared = new Map<number, number>();
  items.forEach((item, i) => {
    shared.clear();
    for (const [list, p] of places[i]) {
      const end = Math.min(list.length, p + 1 + NEIGHBOURS);
      for (let q = p + 1; q < end; q++) {
        const j = list[q];
        if (items[j].time - item.time > STORY_WINDOW_MS) break;
        shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    // Its BEST most similar candidates only: a group is built from its strongest links, and the
    // list of pairs stays proportional to the number of articles.
    const best: [number, number, number][] = [];
    for (const [j, count] of shared) {
      if (count < 2) continue;
      const s = linked(item, items[j]);
      if (s < THRESHOLD) continue;
      if (best.length < BEST) best.push([s, i, j]);
      else {
        let worst = 0;
        for (let k = 1; k < BEST; k++) if (best[k][0] < best[worst][0]) worst = k;
        if (s > best[worst][0]) best[worst] = [s, i, j];
      }
    }
    for (const pair of best) pairs.push(pair);
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);

  // Groups, most similar pairs first, under the constraints above.
  const groupOf = new Map<number, number[]>();
  const group = (i: number) => groupOf.get(i) ?? [i];
  for (const [, i, j] of pairs) {
    const gi = group(i);
    const gj = group(j);
    if (gi === gj || gi.length + gj.length > MAX_GROUP) continue;
    const all = [...gi, ...gj];
    const times = all.map((k) => items[k].time);
    if (Math.max(...times) - Math.min(...times) > STORY_WINDOW_MS) continue;
    if (new Set(all.map((k) => items[k].source)).size < all.length) continue;
    if (!gi.every((a) => gj.every((b) => linked(items[a], items[b]) >= LINK_FLOOR))) continue;
    for (const k of all) groupOf.set(k, all);
  }

  const storyOf = new Map<string, Story>();
  for (const members of new Set(groupOf.values())) {
    const story: Story = {
      members: members.map((k) => items[k].article).sort((a, b) => b.date!.getTime() - a.date!.getTime()),
    };
    for (const m of story.members) storyOf.set(m.slug, story);
  }
  return storyOf;
}

/** A newest-first list with each story once, at its first (newest listed) member. */
export function showOnce(list: readonly Article[], storyOf: ReadonlyMap<string, Story>): Article[] {
  if (storyOf.size === 0) return [...list];
  const seen = new Set<Story>();
  return list.filter((a) => {
    const story = storyOf.get(a.slug);
    if (!story) return true;
    if (seen.has(story)) return false;
    seen.add(story);
    return true;
  });
}

/** One card of a list: the article shown, and the other members of its story (linked as other sources). */
export interface Card {
  article: Article;
  others: Article[];
}

/** The other members of an article's story, newest first. */
export function otherMembers(article: Article, storyOf: ReadonlyMap<string, Story>): Article[] {
  return storyOf.get(article.slug)?.members.filter((m) => m.slug !== article.slug) ?? [];
}

/** A newest-first article list → the cards to show: each story once, with its other sources. */
export function storyCards(list: readonly Article[], storyOf: ReadonlyMap<string, Story>): Card[] {
  return showOnce(list, storyOf).map((article) => ({ article, others: otherMembers(article, storyOf) }));
}
