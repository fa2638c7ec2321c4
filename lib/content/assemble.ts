/**
 * The fourth step: the published articles cross-referenced once, so that every question a page
 * asks (./queries) is a lookup or a slice: the newest-first list, the by-slug map, both taxonomies
 * with their counts and lists, menus, and old paths (aliases). Linear in the number of articles.
 * First, copies are merged (./copies: a copy's URL becomes an old path of the article kept) and
 * story groups found (./stories: lists show each story once, `listed` and the term lists).
 */
import { siteConfig } from "../config";
import { articleUrl, FIXED_PATHS, routeOf, TAXONOMIES, type Taxonomy } from "../urls";
import { buildArchive, type Archive } from "./archive";
import type { Article } from "./article";
import { findCopies } from "./copies";
import { diagnostic, type Diagnostic } from "./diagnostics";
import { compareArticles, type Parsed } from "./parse";
import { findStories, showOnce, type Story } from "./stories";

export interface Term {
  taxonomy: Taxonomy;
  slug: string;
  /** The spelling used first (by date order) among the names that share this slug. */
  name: string;
  count: number;
}

export interface ContentIndex {
  /** Newest first; undated articles last, in path order. Copies left out (./copies); every story member in. */
  articles: Article[];
  /** `articles` with each story once (./stories showOnce): the home pages, recent widget and feed. */
  listed: Article[];
  /** Slug of a copy (or earlier version) not published → the article its URL redirects to. */
  copyOf: Map<string, Article>;
  /** Slug of each member of a story group (two or more sources) → its story. */
  storyOf: Map<string, Story>;
  bySlug: Map<string, Article>;
  /** Terms of each taxonomy, most used first, then by name. */
  terms: Record<Taxonomy, Term[]>;
  termBySlug: Record<Taxonomy, Map<string, Term>>;
  /** Articles of each term, newest first, each story once (`count` is their number). */
  termArticles: Record<Taxonomy, Map<string, Article[]>>;
  position: Map<string, number>;
  /** Old paths (`aliases`, `url`; decoded, no trailing slash) → the article they redirect to. */
  aliases: Map<string, Article>;
  /** The articles by day, month and year in the site's time zone (./archive): the archive pages. */
  archive: Archive;
  /** Articles that asked to be in a menu (`menu: main`), by menu name, oldest first. */
  menus: Map<string, Article[]>;
  diagnostics: Diagnostic[];
}

/**
 * The parsed content with its story groups found (as slugs): what is stored for a build's workers and
 * the server (./store), so grouping runs once per build, not once per process.
 */
export function withStories(parsed: Parsed): Parsed {
  const storyOf = findStories(findCopies(parsed.articles).kept.sort(compareArticles));
  const stories = [...new Set(storyOf.values())].map((s) => s.members.map((m) => m.slug));
  return { ...parsed, stories };
}

/** Stored groups (slugs, newest first) → each member's story; a slug no longer published is left out. */
function storiesOf(groups: string[][], bySlug: Map<string, Article>): Map<string, Story> {
  const storyOf = new Map<string, Story>();
  for (const slugs of groups) {
    const members = slugs.map((s) => bySlug.get(s)).filter((a): a is Article => !!a);
    if (members.length < 2) continue;
    const story: Story = { members };
    for (const m of members) storyOf.set(m.slug, story);
  }
  return storyOf;
}

export function assembleIndex(parsed: Parsed): ContentIndex {
  const copies = findCopies(parsed.articles);
  const articles = copies.kept.sort(compareArticles);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const storyOf = parsed.stories ? storiesOf(parsed.stories, bySlug) : findStories(articles);
  const diagnostics = [...parsed.diagnostics, ...copies.diagnostics];
  const position = new Map(articles.map((a, i) => [a.slug, i]));
  const terms = {} as Record<Taxonomy, Term[]>;
  const termBySlug = {} as Record<Taxonomy, Map<string, Term>>;
  const termArticles = {} as Record<Taxonomy, Map<string, Article[]>>;
  for (const taxonomy of TAXONOMIES) {
    const map = new Map<string, Term>();
    const lists = new Map<string, Article[]>();
    for (const article of articles) {
      for (const ref of article[taxonomy]) {
        let term = map.get(ref.slug);
        if (!term) {
          term = { taxonomy, slug: ref.slug, name: ref.name, count: 0 };
          map.set(ref.slug, term);
          lists.set(ref.slug, []);
        }
        term.count++;
        lists.get(ref.slug)!.push(article);
      }
    }
    if (storyOf.size) {
      for (const [slug, list] of lists) {
        const once = showOnce(list, storyOf);
        lists.set(slug, once);
        map.get(slug)!.count = once.length;
      }
    }
    terms[taxonomy] = [...map.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh-CN"));
    termBySlug[taxonomy] = map;
    termArticles[taxonomy] = lists;
  }
  const menus = new Map<string, Article[]>();
  for (let i = articles.length - 1; i >= 0; i--) {
    for (const name of articles[i].menu) menus.set(name, [...(menus.get(name) ?? []), articles[i]]);
  }
  const aliases = new Map<string, Article>();
  const index: ContentIndex = {
    articles,
    listed: showOnce(articles, storyOf),
    copyOf: copies.copyOf,
    storyOf,
    bySlug,
    position,
    terms,
    termBySlug,
    termArticles,
    menus,
    aliases,
    diagnostics,
    archive: buildArchive(articles, siteConfig.timeZone),
  };
  addOldPaths(index);
  // A copy's URL redirects to the article kept, as an old path does (both hosts, and the export).
  for (const [slug, kept] of index.copyOf) {
    const path = decodeURIComponent(articleUrl(slug)).replace(/\/$/, "");
    if (!bySlug.has(slug) && !index.aliases.has(path)) index.aliases.set(path, kept);
  }
  return index;
}

/** Is `path` (decoded, no trailing slash) a page of the site, whatever the aliases say? */
function isSitePage(path: string, index: Omit<ContentIndex, "aliases">): boolean {
  if (FIXED_PATHS.has(path)) return true;
  const r = routeOf(`${path}/`);
  switch (r.route) {
    case "home":
      return r.page !== null && /^\d+$/.test(r.page);
    case "taxonomy":
      return true;
    case "term":
      return r.page === null && index.termBySlug[r.taxonomy].has(r.term);
    case "article":
      return index.bySlug.has(r.slug);
    case "year":
      return index.archive.yearByKey.has(r.year);
    case "month":
      return index.archive.months.has(`${r.year}-${r.month}`);
    case "day":
      return r.page === null && index.archive.dayIndex.has(`${r.year}-${r.month}-${r.day}`);
    default:
      return false;
  }
}

/** One article per old path, and never a path the site itself answers; the first file by path wins. */
function addOldPaths(index: ContentIndex): void {
  const { aliases } = index;
  for (const article of [...index.articles].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    for (const alias of article.aliases) {
      const page = isSitePage(alias, index);
      const owner = page ? undefined : aliases.get(alias);
      if (page || owner) {
        index.diagnostics.push(diagnostic("alias-collision", article.file, 1, { alias, owner: owner?.file ?? null }));
      } else {
        aliases.set(alias, article);
      }
    }
  }
}
