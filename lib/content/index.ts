/**
 * The content index, built in five steps, one module each:
 *
 *   findFiles, readFiles (./files)   every `.md` file under the folder, read and decoded as UTF-8
 *   parseArticles (./parse)          each file → an Article (./article); the published ones, one slug each
 *   assembleIndex (./assemble)       sorted once and cross-referenced: lists, terms, menus, aliases
 *   loadOrParse (./store)            the parsed content stored in one file, shared by a build's
 *                                    workers and the production server
 *
 * `buildIndex` runs the steps for a folder (or for files already in memory, in tests);
 * `getIndex` is the index of the configured folder, one per process. Routes only ask it questions
 * (./queries), so a page costs the same whether the site has ten articles or 100,000. Bodies are not
 * kept: a page reads its own article's file.
 */
import { contentDir, siteConfig, strictContent } from "../config";
import { assembleIndex, type ContentIndex } from "./assemble";
import { formatDiagnostic, type Diagnostic } from "./diagnostics";
import { findFiles, folderSignature, readFiles, type SourceFile } from "./files";
import { parseArticles, type ParseOptions, type Parsed } from "./parse";
import { loadOrParse } from "./store";

export type { ContentIndex, Term } from "./assemble";
export type { SourceFile } from "./files";
export { compareArticles } from "./parse";

/** Steps 1-3: a folder (or files already read, in tests) → the published articles and every diagnostic. */
export function parseContent(from: string | Iterable<SourceFile>, options: ParseOptions = {}): Parsed {
  if (typeof from !== "string") return parseArticles(from, options);
  const readErrors: Diagnostic[] = [];
  const parsed = parseArticles(readFiles(findFiles(from), readErrors), options);
  return { articles: parsed.articles, diagnostics: [...readErrors, ...parsed.diagnostics] };
}

/** Steps 1-4: the index of a folder (or of files already read), as the site would build it. */
export function buildIndex(from: string | Iterable<SourceFile>, options: ParseOptions = {}): ContentIndex {
  return assembleIndex(parseContent(from, options));
}

// One index per process, shared by every bundle that includes this module (the pages' and
// proxy.ts's are separate bundles in the same Node process): a 100,000-article index is loaded once.
const CACHE = Symbol.for("news-reader.content-index");
type Cached = { signature: string; index: ContentIndex } | null;
const store = globalThis as unknown as Record<symbol, Cached>;

/**
 * The index of the configured content folder. A build parses the folder once and shares the result
 * with its workers through a file (./store); the production server loads that file; the dev server
 * rebuilds the index, drafts included, when a file is added, removed or edited.
 */
export function getIndex(): ContentIndex {
  const dev = process.env.NODE_ENV === "development";
  const cached = store[CACHE] ?? null;
  if (cached && !dev) return cached.index;
  const dir = contentDir();
  if (dev) {
    const files = findFiles(dir);
    const signature = folderSignature(files);
    if (cached?.signature === signature) return cached.index;
    const index = buildIndex(dir, { includeDrafts: true, site: siteConfig });
    store[CACHE] = { signature, index };
    reportDiagnostics(index.diagnostics);
    return index;
  }
  const { built, ...parsed } = loadOrParse(dir, () => parseContent(dir));
  const index = assembleIndex(parsed);
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
