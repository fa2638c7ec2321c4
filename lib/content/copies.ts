/**
 * Exact copies and updates: the news feed exports the same article again and again under new file
 * names and later dates. Between parse (./parse) and assemble (./assemble), each set of copies
 * becomes one article:
 *
 * - an exact copy has the same title and the same body once whitespace is normalised (its
 *   `fingerprint`, computed at parse time): the earliest copy is kept, the others' URLs redirect to it;
 * - an update is a file of the same source (first category) and title whose body changed within
 *   UPDATE_WINDOW_MS of the first version: shown once, at the first version's URL and date, with the
 *   newest body and `lastmod` = the newest version's date. Generic titles (快讯, "Live updates",
 *   "Form 8.3", very short ones) name different articles, never updates.
 *
 * Linear: one pass keyed by title + fingerprint, one keyed by source + title.
 */
import { createHash } from "node:crypto";
import type { Article } from "./article";
import { diagnostic, type Diagnostic } from "./diagnostics";

/** How long after a first version a changed body of the same source and title counts as its update. */
export const UPDATE_WINDOW_MS = 2 * 24 * 3600_000;

/** The body's identity for exact copies: whitespace runs made one space, ends trimmed. */
export function bodyFingerprint(markdown: string): string {
  return createHash("sha1").update(markdown.replace(/\s+/g, " ").trim()).digest("base64url").slice(0, 16);
}

const normTitle = (title: string) => title.replace(/\s+/g, " ").trim();

/**
 * Titles that a source reuses for different articles: bulletins (快讯, 早报, "Morning briefing",
 * "Live updates", "Form 8.3"…), once dates, numbers and punctuation are set aside, and titles too
 * short to name one article (under 4 Latin words or 6 Chinese characters).
 */
const GENERIC = new Set(
  [
    "快讯",
    "快報",
    "快报",
    "早报",
    "早報",
    "晚报",
    "晚報",
    "午报",
    "午報",
    "简讯",
    "簡訊",
    "要闻",
    "要聞",
    "直播",
    "突发",
    "突發",
    "新闻早餐",
    "财经早餐",
    "早餐",
    "盘前",
    "盘后",
    "收评",
    "午评",
    "公告",
    "live",
    "live updates",
    "live update",
    "live blog",
    "as it happened",
    "breaking",
    "breaking news",
    "morning briefing",
    "evening briefing",
    "briefing",
    "news briefing",
    "daily briefing",
    "the briefing",
    "news in brief",
    "in brief",
    "market update",
    "markets update",
    "market wrap",
    "stock market today",
    "form",
    "press release",
    "statement",
    "update",
  ].map((t) => t.toLowerCase()),
);

export function isGenericTitle(title: string): boolean {
  const bare = title
    .toLowerCase()
    .replace(/[\p{N}]+/gu, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  if (!bare || GENERIC.has(bare)) return true;
  const han = (bare.match(/\p{Script=Han}/gu) ?? []).length;
  const words = bare.split(" ").filter((w) => !/\p{Script=Han}/u.test(w)).length;
  return han < 6 && words < 4 && han + words * 2 < 8;
}

/** The article's source: its first category (the feed's source name), else its source link's label. */
export function sourceOf(article: Article): string {
  return article.categories[0]?.slug ?? article.source?.label.toLowerCase() ?? "";
}

const time = (a: Article) => a.date?.getTime() ?? Number.POSITIVE_INFINITY;
const oldestFirst = (a: Article, b: Article) => time(a) - time(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export interface Copies {
  /** The articles to publish, in the order given (an update's kept article takes its first version's place). */
  kept: Article[];
  /** The slug of every copy or earlier/later version not published → the article shown instead. */
  copyOf: Map<string, Article>;
  /** One notice per set of copies or updates, on the kept article's file. */
  diagnostics: Diagnostic[];
}

export function findCopies(articles: readonly Article[]): Copies {
  // 1. Exact copies: same title and body; the earliest copy (then the first path) is kept.
  const exact = new Map<string, Article[]>();
  for (const a of articles) {
    const key = `${normTitle(a.title)}\0${a.fingerprint}`;
    const list = exact.get(key);
    if (list) list.push(a);
    else exact.set(key, [a]);
  }
  const copiesOf = new Map<Article, Article[]>();
  const firsts: Article[] = [];
  for (const list of exact.values()) {
    list.sort(oldestFirst);
    firsts.push(list[0]);
    if (list.length > 1) copiesOf.set(list[0], list.slice(1));
  }

  // 2. Updates: same source and (specific) title, body changed, within the window of the first version.
  const bySourceTitle = new Map<string, Article[]>();
  for (const a of firsts) {
    const source = sourceOf(a);
    if (!source || !a.date || isGenericTitle(a.title)) continue;
    const key = `${source}\0${normTitle(a.title)}`;
    const list = bySourceTitle.get(key);
    if (list) list.push(a);
    else bySourceTitle.set(key, [a]);
  }
  const replaced = new Map<Article, Article>();
  const versionsOf = new Map<Article, Article[]>();
  for (const list of bySourceTitle.values()) {
    if (list.length < 2) continue;
    list.sort(oldestFirst);
    let chain: Article[] = [list[0]];
    const close = () => {
      if (chain.length > 1) {
        const first = chain[0];
        const newest = chain[chain.length - 1];
        const shown: Article = {
          ...newest,
          slug: first.slug,
          date: first.date,
          updated: newest.updated && newest.updated > newest.date! ? newest.updated : newest.date,
          aliases: [...new Set(chain.flatMap((v) => v.aliases))],
        };
        for (const v of chain) replaced.set(v, shown);
        versionsOf.set(shown, chain);
      }
    };
    for (const a of list.slice(1)) {
      if (time(a) - time(chain[0]) <= UPDATE_WINDOW_MS) chain.push(a);
      else {
        close();
        chain = [a];
      }
    }
    close();
  }

  // 3. What is published, and where every other file's URL leads.
  const copyOf = new Map<string, Article>();
  const diagnostics: Diagnostic[] = [];
  const firstSet = new Set(firsts);
  const kept: Article[] = [];
  const done = new Set<Article>();
  for (const a of articles) {
    if (!firstSet.has(a)) continue;
    const shown = replaced.get(a) ?? a;
    if (done.has(shown)) continue;
    done.add(shown);
    kept.push(shown);
    const versions = versionsOf.get(shown) ?? [a];
    const copies = versions.flatMap((v) => copiesOf.get(v) ?? []);
    for (const v of [...versions, ...copies]) if (v.slug !== shown.slug) copyOf.set(v.slug, shown);
    if (copies.length || versions.length > 1) {
      diagnostics.push(
        diagnostic("copies", versions[0].file, 1, {
          copies: copies.map((c) => c.file),
          updates: versions.slice(1).map((v) => v.file),
        }),
      );
    }
  }
  return { kept, copyOf, diagnostics };
}
