/**
 * The ContentIndex: every published article sorted once, the by-slug map, both taxonomies with
 * counts, prev/next. Built once per build and stored (./cache), loaded by every build worker and by
 * the production server; rebuilt in the dev server when a file changes. Routes only ask it questions,
 * so a page costs the same whether the site has ten articles or 100,000. Bodies are not kept: a page
 * reads its own article's file (./queries getArticleBody).
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir, siteConfig, strictContent, type SiteConfig } from "../config";
import { isoWithZone } from "../dates";
import { TAXONOMIES, type Taxonomy } from "../urls";
import { isWidgetName } from "../widgets";
import { parseArticle, type Article } from "./article";
import { loadOrBuildCached } from "./cache";
import { formatDiagnostic, type Diagnostic } from "./diagnostics";
import { folderSignature, listMarkdownFiles } from "./load";

export interface Term {
  taxonomy: Taxonomy;
  slug: string;
  /** The spelling used first (by date order) among the names that share this slug. */
  name: string;
  count: number;
}

export interface ContentIndex {
  /** Newest first; undated articles last, in path order. */
  articles: Article[];
  bySlug: Map<string, Article>;
  /** Terms of each taxonomy, most used first, then by name. */
  terms: Record<Taxonomy, Term[]>;
  termBySlug: Record<Taxonomy, Map<string, Term>>;
  /** Articles of each term, newest first. */
  termArticles: Record<Taxonomy, Map<string, Article[]>>;
  position: Map<string, number>;
  /** Old paths (`aliases`, `url`; decoded, no trailing slash) → the article they redirect to. */
  aliases: Map<string, Article>;
  /** Articles that asked to be in a menu (`menu: main`), by menu name, oldest first. */
  menus: Map<string, Article[]>;
  diagnostics: Diagnostic[];
}

export interface BuildOptions {
  site?: SiteConfig;
  includeDrafts?: boolean;
}

export function compareArticles(a: Article, b: Article): number {
  // Hugo's order: weighted articles first (lower weight first), then newest first.
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

/** Parses every file: articles with unique slugs (bodies dropped) and every diagnostic. */
/** Why a parsed article is not published now, or null: draft, scheduled, expired. */
function unpublished(article: Article, now: number, timeZone: string): string | null {
  if (article.draft) return "draft";
  if (article.publishDate && article.publishDate.getTime() > now) return `\`publishDate\` ${isoWithZone(article.publishDate, timeZone)} is in the future`;
  if (article.expiryDate && article.expiryDate.getTime() <= now) return `\`expiryDate\` ${isoWithZone(article.expiryDate, timeZone)} has passed`;
  return null;
}

export function parseAll(files: Iterable<{ file: string; raw: string }>, options: BuildOptions = {}): { articles: Article[]; diagnostics: Diagnostic[] } {
  const site = options.site ?? siteConfig;
  const now = Date.now();
  const diagnostics: Diagnostic[] = [];
  const parsed: Article[] = [];
  for (const { file, raw } of files) {
    const result = parseArticle(file, raw, site);
    diagnostics.push(...result.diagnostics);
    if (!result.article) continue;
    const { body, ...article } = result.article;
    const why = unpublished(article, now, site.timeZone);
    if (why && why !== "draft") {
      diagnostics.push({ file, line: 1, column: 1, severity: "warning", message: `not published: ${why}${options.includeDrafts ? " (shown by the dev server)" : ""}` });
    }
    // A copy: the parsed values are slices of the file's text and would keep all of it alive.
    if (!why || options.includeDrafts) parsed.push(structuredClone(article));
  }

  // Slugs: the first file by path keeps a slug; later ones get -2, -3 … and a warning naming both.
  const bySlug = new Map<string, Article>();
  for (const article of [...parsed].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const wanted = article.slug;
    const owner = bySlug.get(wanted);
    if (owner) {
      let n = 2;
      while (bySlug.has(`${wanted}-${n}`)) n++;
      article.slug = `${wanted}-${n}`;
      diagnostics.push({
        file: article.file,
        line: 1,
        severity: "warning",
        message: `slug "${wanted}" is already used by ${path.relative(process.cwd(), owner.file)}; published as "${article.slug}" — give one of them a unique \`slug:\``,
      });
    }
    bySlug.set(article.slug, article);
  }

  // Widgets: an unknown name is reported once for the whole site, at its first use (by path).
  const reported = new Set<string>();
  for (const name of site.widgets) {
    if (!isWidgetName(name) && !reported.has(name)) {
      reported.add(name);
      diagnostics.push({ file: "lib/config.ts", line: 1, severity: "warning", message: `unknown widget "${name}" in siteConfig.widgets; not rendered` });
    }
  }
  const once = diagnostics.filter((d) => {
    const name = /^unknown widget "([^"]*)" in `widgets`/.exec(d.message)?.[1];
    if (name === undefined) return true;
    if (reported.has(name)) return false;
    reported.add(name);
    return true;
  });

  // Newest first already, so the index file is stored in order and every load sorts sorted input.
  return { articles: parsed.sort(compareArticles), diagnostics: once };
}

/** Sorts and cross-references parsed articles: linear in their number (plus the sort). */
export function assembleIndex(parsed: Article[], diagnostics: Diagnostic[]): ContentIndex {
  const articles = [...parsed].sort(compareArticles);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
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
    terms[taxonomy] = [...map.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh-CN"));
    termBySlug[taxonomy] = map;
    termArticles[taxonomy] = lists;
  }
  const menus = new Map<string, Article[]>();
  for (let i = articles.length - 1; i >= 0; i--) {
    for (const name of articles[i].menu) menus.set(name, [...(menus.get(name) ?? []), articles[i]]);
  }
  // Aliases: one article per old path, and never a path the site itself answers.
  const taken = new Set<string>(["/search", "/index.xml", "/sitemap.xml", "/robots.txt"]);
  for (const a of articles) taken.add(`/posts/${a.slug}`);
  for (const taxonomy of TAXONOMIES) {
    taken.add(`/${taxonomy}`);
    for (const slug of termBySlug[taxonomy].keys()) taken.add(`/${taxonomy}/${slug}`);
  }
  const aliases = new Map<string, Article>();
  for (const article of [...articles].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    for (const alias of article.aliases) {
      const clash = taken.has(alias) || /^\/page\/\d+$/.test(alias) ? "a page of the site" : aliases.get(alias) ? `an alias of ${path.relative(process.cwd(), aliases.get(alias)!.file)}` : null;
      if (clash) {
        diagnostics.push({ file: article.file, line: 1, severity: "warning", message: `alias "${alias}/" collides with ${clash}; ignored — remove it or choose another path` });
      } else {
        aliases.set(alias, article);
      }
    }
  }
  return { articles, bySlug, terms, termBySlug, termArticles, position, menus, aliases, diagnostics };
}

/** Builds the index from files already read: pure, so it is tested without a disk. */
export function buildIndex(files: Iterable<{ file: string; raw: string }>, options: BuildOptions = {}): ContentIndex {
  const { articles, diagnostics } = parseAll(files, options);
  return assembleIndex(articles, diagnostics);
}

/**
 * Reads and parses the content folder one file at a time (so 100,000 articles never sit in memory
 * as raw text at once); a file that cannot be read is an error, not a crash.
 */
export function parseFolder(dir: string, files = listMarkdownFiles(dir), includeDrafts = false) {
  const readErrors: Diagnostic[] = [];
  function* read() {
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch (e) {
        readErrors.push({ file, line: 1, severity: "error", message: `cannot be read (${(e as Error).message}); file skipped` });
        continue;
      }
      const raw = decodeUtf8(file, bytes, readErrors);
      if (raw !== null) yield { file, raw };
    }
  }
  const result = parseAll(read(), { includeDrafts });
  result.diagnostics.unshift(...readErrors);
  return result;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The file as text, or null (and an error naming the line) when it is not UTF-8: GBK, Big5, binary. */
export function decodeUtf8(file: string, bytes: Uint8Array, errors: Diagnostic[]): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    const lossy = Buffer.from(bytes).toString("utf8");
    const at = lossy.indexOf("\uFFFD");
    const line = lossy.slice(0, Math.max(0, at)).split("\n").length;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const message = utf16
      ? "is UTF-16 text; save it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 in.md > out.md`; file skipped"
      : bytes.includes(0)
        ? "is not a text file (it has NUL bytes and is not UTF-8): an image or a document saved as .md? — move it out of the content folder; file skipped"
        : "is not UTF-8 text (first bad byte on this line); save it as UTF-8, e.g. `iconv -f GBK -t UTF-8 in.md > out.md`; file skipped";
    errors.push({ file, line: utf16 ? 1 : line, severity: "error", message });
    return null;
  }
}

// One index per process, shared by every bundle that includes this module (the pages' and
// proxy.ts's are separate bundles in the same Node process): a 100,000-article index is loaded once.
const CACHE = Symbol.for("news-reader.content-index");
type Cached = { signature: string; index: ContentIndex } | null;
const store = globalThis as unknown as Record<symbol, Cached>;

/**
 * The index of the configured content folder. A build parses the folder once and shares the result
 * with its workers through a file; the production server loads that file; the dev server rebuilds
 * the index when a file is added, removed or edited.
 */
export function getIndex(): ContentIndex {
  const dev = process.env.NODE_ENV === "development";
  const cached = store[CACHE] ?? null;
  if (cached && !dev) return cached.index;
  if (dev) {
    const files = listMarkdownFiles(contentDir());
    const signature = folderSignature(files);
    if (cached?.signature === signature) return cached.index;
    const { articles, diagnostics } = parseFolder(contentDir(), files, true);
    const index = assembleIndex(articles, diagnostics);
    store[CACHE] = { signature, index };
    reportDiagnostics(index.diagnostics);
    return index;
  }
  const { articles, diagnostics, built } = loadOrBuildCached(contentDir(), () => parseFolder(contentDir()));
  const index = assembleIndex(articles, diagnostics);
  store[CACHE] = { signature: "", index };
  if (built) reportDiagnostics(index.diagnostics);
  return index;
}

export function reportDiagnostics(diagnostics: Diagnostic[], log: (line: string) => void = console.warn): void {
  for (const d of diagnostics) log(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (errors && strictContent()) {
    throw new Error(`STRICT_CONTENT=1: ${errors} content error(s), see the lines above`);
  }
}
