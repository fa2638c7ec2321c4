/** The questions routes ask the ContentIndex. Each is a lookup or a slice: no per-page sorting. */
import fs from "node:fs";
import { siteConfig } from "../config";
import { paginate, pageCount, type Page } from "../pagination";
import { articleUrl, decodeParam, TAXONOMIES, type Taxonomy } from "../urls";
import type { Day, Month, Year } from "./archive";
import { parseArticle, type Article } from "./article";
import { expandShortcodes } from "./shortcodes";
import { otherMembers, storyCards as cardsOf, type Card } from "./stories";
import { getIndex, type ContentIndex, type Term } from "./index";

export function getArticle(slug: string, index: ContentIndex = getIndex()): Article | null {
  const key = decodeParam(slug);
  return index.bySlug.get(key) ?? index.bySlug.get(key.toLowerCase()) ?? null;
}

/** Older = the next one down the newest-first list ("上一篇"); newer = the one above ("下一篇"). */
export function neighbours(
  article: Article,
  index: ContentIndex = getIndex(),
): { older: Article | null; newer: Article | null } {
  const i = index.position.get(article.slug);
  if (i === undefined) return { older: null, newer: null };
  return { older: index.articles[i + 1] ?? null, newer: index.articles[i - 1] ?? null };
}

export function latestPage(page: number, index: ContentIndex = getIndex()): Page<Article> | null {
  return paginate(index.listed, page, siteConfig.pageSize);
}

export function homePageCount(index: ContentIndex = getIndex()): number {
  return pageCount(index.listed.length, siteConfig.pageSize);
}

/** The site's configured entries of a menu, then the articles that put themselves in it. */
export function menuItems(name: "main" | "footer", index: ContentIndex = getIndex()): { name: string; url: string }[] {
  const configured = name === "main" ? siteConfig.menu : [];
  return [...configured, ...(index.menus.get(name) ?? []).map((a) => ({ name: a.title, url: articleUrl(a.slug) }))];
}

export function recentArticles(n = siteConfig.recentCount, index: ContentIndex = getIndex()): Article[] {
  return index.listed.slice(0, n);
}

/** A newest-first list → its cards: each story once, with its other sources (./stories storyCards). */
export function storyCards(list: Article[], index: ContentIndex = getIndex()): Card[] {
  return cardsOf(list, index.storyOf);
}

/** The other members of an article's story (same event, other sources), newest first. */
export function sameStory(article: Article, index: ContentIndex = getIndex()): Article[] {
  return otherMembers(article, index.storyOf);
}

/** The article an old path (route segments, raw or encoded) redirects to, if any. */
export function aliasTarget(segments: string[], index: ContentIndex = getIndex()): Article | null {
  if (index.aliases.size === 0) return null;
  return index.aliases.get(`/${segments.map((s) => decodeParam(s)).join("/")}`) ?? null;
}

/** Languages get pages only when the site has more than one; tags and categories always. */
export function isActiveTaxonomy(taxonomy: Taxonomy, index: ContentIndex = getIndex()): boolean {
  return taxonomy !== "languages" || index.terms.languages.length > 1;
}

export function activeTaxonomies(index: ContentIndex = getIndex()): Taxonomy[] {
  return TAXONOMIES.filter((t) => isActiveTaxonomy(t, index));
}

export function getTerms(taxonomy: Taxonomy, index: ContentIndex = getIndex()): Term[] {
  return isActiveTaxonomy(taxonomy, index) ? index.terms[taxonomy] : [];
}

export function getTerm(taxonomy: Taxonomy, slug: string, index: ContentIndex = getIndex()): Term | null {
  if (!isActiveTaxonomy(taxonomy, index)) return null;
  return index.termBySlug[taxonomy].get(decodeParam(slug).toLowerCase()) ?? null;
}

export function termPage(term: Term, page: number, index: ContentIndex = getIndex()): Page<Article> | null {
  return paginate(index.termArticles[term.taxonomy].get(term.slug) ?? [], page, siteConfig.pageSize);
}

/** The Markdown body of one article, read from its file when its page is rendered, shortcodes expanded. */
export function getArticleBody(article: Article, index: ContentIndex = getIndex()): string {
  let body: string;
  try {
    body = parseArticle(article.file, fs.readFileSync(article.file, "utf8"), siteConfig).article?.body ?? "";
  } catch {
    return "";
  }
  return expandShortcodes(body, (target) => {
    const found = articleByFileName(target, index);
    return found ? articleUrl(found.slug) : null;
  });
}

const byFileName = new WeakMap<ContentIndex, Map<string, Article>>();
/** Hugo's `ref "other.md"`: the article whose file is named so (path or bare name). */
export function articleByFileName(target: string, index: ContentIndex = getIndex()): Article | null {
  let map = byFileName.get(index);
  if (!map) {
    map = new Map();
    for (const a of index.articles) {
      const name = a.file.split(/[\\/]/).pop()!;
      if (!map.has(name)) map.set(name, a);
      if (!map.has(name.replace(/\.md$/i, ""))) map.set(name.replace(/\.md$/i, ""), a);
    }
    byFileName.set(index, map);
  }
  const name =
    target
      .split(/[\\/#]/)
      .filter(Boolean)
      .pop() ?? "";
  return map.get(name) ?? map.get(name.replace(/\.md$/i, "")) ?? null;
}

/** Every year with its months and counts, newest first: the archive page. */
export function archiveYears(index: ContentIndex = getIndex()): Year[] {
  return index.archive.years;
}

export function getYear(year: string, index: ContentIndex = getIndex()): Year | null {
  return index.archive.yearByKey.get(year) ?? null;
}

/** `getMonth("2026", "08")`: its days with their counts, newest first. */
export function getMonth(year: string, month: string, index: ContentIndex = getIndex()): Month | null {
  return index.archive.months.get(`${year}-${month}`) ?? null;
}

export function getDay(year: string, month: string, day: string, index: ContentIndex = getIndex()): Day | null {
  const i = index.archive.dayIndex.get(`${year}-${month}-${day}`);
  return i === undefined ? null : index.archive.days[i];
}

export function dayPage(day: Day, page: number): Page<Article> | null {
  return paginate(day.articles, page, siteConfig.pageSize);
}

/** The nearest days that have articles: older ("前一天") and newer ("后一天"). */
export function dayNeighbours(day: Day, index: ContentIndex = getIndex()): { older: Day | null; newer: Day | null } {
  const i = index.archive.dayIndex.get(day.key);
  if (i === undefined) return { older: null, newer: null };
  return { older: index.archive.days[i + 1] ?? null, newer: index.archive.days[i - 1] ?? null };
}

/** The nearest months that have articles, as dayNeighbours. */
export function monthNeighbours(
  month: Month,
  index: ContentIndex = getIndex(),
): { older: Month | null; newer: Month | null } {
  const { days, dayIndex, months } = index.archive;
  const newest = dayIndex.get(month.days[0].key)!;
  const oldest = dayIndex.get(month.days[month.days.length - 1].key)!;
  return {
    older: days[oldest + 1] ? months.get(days[oldest + 1].key.slice(0, 7))! : null,
    newer: days[newest - 1] ? months.get(days[newest - 1].key.slice(0, 7))! : null,
  };
}

/**
 * The days a server build writes ahead (the rest render on request, as term pages do): those that
 * hold the newest `articles` prebuilt articles; every day in a static export.
 */
export function prebuiltDays(limit: number, index: ContentIndex = getIndex()): Day[] {
  if (limit === Infinity) return index.archive.days;
  const out: Day[] = [];
  let n = 0;
  for (const day of index.archive.days) {
    if (n >= limit) break;
    out.push(day);
    n += day.articles.length;
  }
  return out;
}
