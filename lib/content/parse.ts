/**
 * The third step: every file parsed (./article), and the articles the site publishes kept: no
 * drafts (unless the dev server asks for them), nothing scheduled or expired, one slug each. Bodies
 * are dropped: the index keeps none (a page reads its own file). This is what ./store writes.
 */
import { siteConfig, type SiteConfig } from "../config";
import { isoWithZone } from "../dates";
import { isWidgetName } from "../widgets";
import { parseArticle, type Article } from "./article";
import { diagnostic, type Diagnostic } from "./diagnostics";
import type { FileStat, SourceFile } from "./files";

export interface Parsed {
  /** Sorted as the index lists them (./assemble compareArticles). */
  articles: Article[];
  diagnostics: Diagnostic[];
  /**
   * The files read, with the size and time each had just before it was read: the production
   * server's live index (./live) starts from them instead of parsing every file again.
   */
  files?: FileStat[];
  /**
   * The story groups (./stories) as their members' slugs, newest first: found once where the parsed
   * content is stored (./assemble withStories), so build workers and the server do not group again.
   * Absent, assembleIndex finds them itself.
   */
  stories?: string[][];
}

export interface ParseOptions {
  site?: SiteConfig;
  /** The dev server shows drafts, scheduled and expired articles. */
  includeDrafts?: boolean;
}

export function parseArticles(files: Iterable<SourceFile>, options: ParseOptions = {}): Parsed {
  const site = options.site ?? siteConfig;
  return collectArticles(
    (function* () {
      for (const { file, raw } of files) yield parseFile(file, raw, site);
    })(),
    options,
  );
}

/** One file's own result, before the rules that span files: kept per file by the live index (./live). */
export interface FileResult {
  file: string;
  /** Without its body; null when the file cannot be an article. */
  article: Article | null;
  diagnostics: Diagnostic[];
}

export function parseFile(file: string, raw: string, site: SiteConfig = siteConfig): FileResult {
  const result = parseArticle(file, raw, site);
  if (!result.article) return { file, article: null, diagnostics: result.diagnostics };
  const { body, ...article } = result.article;
  // A copy: the parsed values are slices of the file's text and would keep all of it alive.
  return { file, article: structuredClone(article), diagnostics: result.diagnostics };
}

/**
 * The rules that span files, applied to every file's result: the published articles (now), one slug
 * each. The results are not changed: the articles kept are copies.
 */
export function collectArticles(results: Iterable<FileResult>, options: ParseOptions = {}): Parsed {
  const site = options.site ?? siteConfig;
  const now = Date.now();
  const diagnostics: Diagnostic[] = [];
  const parsed: Article[] = [];
  for (const { file, article, diagnostics: own } of results) {
    diagnostics.push(...own);
    if (!article) continue;
    const why = unpublished(article, now);
    if (why && why !== "draft") {
      const date = isoWithZone((why === "scheduled" ? article.publishDate : article.expiryDate)!, site.timeZone);
      diagnostics.push(
        diagnostic("not-published", file, 1, { reason: why, date, dev: Boolean(options.includeDrafts) }),
      );
    }
    if (!why || options.includeDrafts) parsed.push({ ...article });
  }
  uniqueSlugs(parsed, diagnostics);
  return { articles: parsed.sort(compareArticles), diagnostics: reportWidgetsOnce(diagnostics, site) };
}

/** Why a parsed article is not published now, or null. */
function unpublished(article: Article, now: number): "draft" | "scheduled" | "expired" | null {
  if (article.draft) return "draft";
  if (article.publishDate && article.publishDate.getTime() > now) return "scheduled";
  if (article.expiryDate && article.expiryDate.getTime() <= now) return "expired";
  return null;
}

/** The first file by path keeps a slug; later ones get -2, -3 … and a warning naming both. */
function uniqueSlugs(articles: Article[], diagnostics: Diagnostic[]): void {
  const bySlug = new Map<string, Article>();
  for (const article of [...articles].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const wanted = article.slug;
    const owner = bySlug.get(wanted);
    if (owner) {
      let n = 2;
      while (bySlug.has(`${wanted}-${n}`)) n++;
      article.slug = `${wanted}-${n}`;
      diagnostics.push(
        diagnostic("duplicate-slug", article.file, 1, { slug: wanted, owner: owner.file, published: article.slug }),
      );
    }
    bySlug.set(article.slug, article);
  }
}

/** An unknown widget name is reported once for the whole site: in the configuration, or at its first use. */
function reportWidgetsOnce(diagnostics: Diagnostic[], site: SiteConfig): Diagnostic[] {
  const reported = new Set<string>();
  const fromConfig: Diagnostic[] = [];
  for (const name of site.widgets) {
    if (!isWidgetName(name) && !reported.has(name)) {
      reported.add(name);
      fromConfig.push(diagnostic("unknown-site-widget", "lib/config.ts", 1, { name }));
    }
  }
  const once = diagnostics.filter((d) => {
    if (d.kind !== "unknown-widget") return true;
    if (reported.has(d.data.name)) return false;
    reported.add(d.data.name);
    return true;
  });
  return [...once, ...fromConfig];
}

/** Hugo's order: weighted articles first (lower weight first), then newest first, undated last, then by path. */
export function compareArticles(a: Article, b: Article): number {
  if (a.weight > 0 || b.weight > 0) {
    if (!(a.weight > 0)) return 1;
    if (!(b.weight > 0)) return -1;
    if (a.weight !== b.weight) return a.weight - b.weight;
  }
  if (a.date && b.date) {
    const d = b.date.getTime() - a.date.getTime();
    if (d !== 0) return d;
  } else if (a.date || b.date) {
    return a.date ? -1 : 1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
