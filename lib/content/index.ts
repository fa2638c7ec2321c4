/**
 * The ContentIndex: every published article sorted once, the by-slug map, both taxonomies with
 * counts, prev/next. Built once per process (rebuilt in the dev server when a file changes); routes
 * only ask it questions, so a page costs the same whether the site has ten articles or 100,000.
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir, siteConfig, strictContent, type SiteConfig } from "../config";
import { TAXONOMIES, type Taxonomy } from "../urls";
import { isWidgetName } from "../widgets";
import { parseArticle, type Article } from "./article";
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
  diagnostics: Diagnostic[];
}

export interface BuildOptions {
  site?: SiteConfig;
  includeDrafts?: boolean;
}

export function compareArticles(a: Article, b: Article): number {
  if (a.date && b.date) {
    const d = b.date.getTime() - a.date.getTime();
    if (d !== 0) return d;
  } else if (a.date || b.date) {
    return a.date ? -1 : 1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Builds the index from files already read: pure, so it is tested without a disk. */
export function buildIndex(files: { file: string; raw: string }[], options: BuildOptions = {}): ContentIndex {
  const site = options.site ?? siteConfig;
  const diagnostics: Diagnostic[] = [];
  const parsed: Article[] = [];
  for (const { file, raw } of files) {
    const result = parseArticle(file, raw, site);
    diagnostics.push(...result.diagnostics);
    if (result.article && (!result.article.draft || options.includeDrafts)) parsed.push(result.article);
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

  // Widgets: an unknown name is reported once for the whole site, at its first use.
  const reported = new Set<string>();
  for (const name of site.widgets) {
    if (!isWidgetName(name) && !reported.has(name)) {
      reported.add(name);
      diagnostics.push({ file: "lib/config.ts", line: 1, severity: "warning", message: `unknown widget "${name}" in siteConfig.widgets; not rendered` });
    }
  }
  for (const article of parsed) {
    for (const name of article.widgets) {
      if (isWidgetName(name) || reported.has(name)) continue;
      reported.add(name);
      diagnostics.push({
        file: article.file,
        line: 1,
        severity: "warning",
        message: `unknown widget "${name}" in \`widgets\` (known: search, recent, categories, taglist); not rendered`,
      });
    }
  }

  const articles = parsed.sort(compareArticles);
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

  return { articles, bySlug, terms, termBySlug, termArticles, position, diagnostics };
}

let cached: { signature: string; index: ContentIndex } | null = null;

/**
 * The index of the configured content folder. In production it is built once per process; in the
 * dev server it is rebuilt when a file is added, removed or edited.
 */
export function getIndex(): ContentIndex {
  const dev = process.env.NODE_ENV === "development";
  if (cached && !dev) return cached.index;
  const files = listMarkdownFiles(contentDir());
  const signature = dev ? folderSignature(files) : "";
  if (cached && cached.signature === signature) return cached.index;

  const raws: { file: string; raw: string }[] = [];
  const readErrors: Diagnostic[] = [];
  for (const file of files) {
    try {
      raws.push({ file, raw: fs.readFileSync(file, "utf8") });
    } catch (e) {
      readErrors.push({ file, line: 1, severity: "error", message: `cannot be read (${(e as Error).message}); file skipped` });
    }
  }
  const index = buildIndex(raws, { includeDrafts: dev });
  index.diagnostics.unshift(...readErrors);
  reportDiagnostics(index.diagnostics);
  cached = { signature, index };
  return index;
}

/** Prints every diagnostic; with STRICT_CONTENT=1 an error fails the build. */
export function reportDiagnostics(diagnostics: Diagnostic[], log: (line: string) => void = console.warn): void {
  for (const d of diagnostics) log(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (errors && strictContent()) {
    throw new Error(`STRICT_CONTENT=1: ${errors} content error(s), see the lines above`);
  }
}
