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
import { contentDir, isStaticExport, siteConfig, strictContent } from "../config";
import { assembleIndex, withStories, type ContentIndex } from "./assemble";
import { formatDiagnostic, type Diagnostic } from "./diagnostics";
import { findFiles, folderSignature, readFiles, statFiles, type SourceFile } from "./files";
import { parseArticles, type ParseOptions, type Parsed } from "./parse";
import { LiveContent, type ScanReport } from "./live";
import { loadOrParse } from "./store";

export type { ContentIndex, Term } from "./assemble";
export type { SourceFile } from "./files";
export { compareArticles } from "./parse";

/** Steps 1-3: a folder (or files already read, in tests) → the published articles and every diagnostic. */
export function parseContent(from: string | Iterable<SourceFile>, options: ParseOptions = {}): Parsed {
  if (typeof from !== "string") return parseArticles(from, options);
  const readErrors: Diagnostic[] = [];
  const found = findFiles(from);
  // Before reading: a file changed meanwhile looks changed to the live index (./live), which parses it again.
  const files = statFiles(found);
  const parsed = parseArticles(readFiles(found, readErrors), options);
  return { articles: parsed.articles, diagnostics: [...readErrors, ...parsed.diagnostics], files };
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
 * with its workers through a file (./store); the dev server rebuilds the index, drafts included,
 * when a file is added, removed or edited; the production server starts from the build's file and
 * keeps up with the folder itself (./live, `liveContent`).
 */
export function getIndex(): ContentIndex {
  const dev = process.env.NODE_ENV === "development";
  if (!dev && isLiveServer()) return liveContent().index;
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
  const { built, ...parsed } = loadOrParse(dir, () => withStories(parseContent(dir)));
  const index = assembleIndex(parsed);
  store[CACHE] = { signature: "", index };
  if (built) reportDiagnostics(index.diagnostics);
  return index;
}

/** Seconds between two looks at the content folder on `next start` (`CONTENT_POLL_SECONDS`; 0: never). */
export function pollSeconds(): number {
  const v = Number(process.env.CONTENT_POLL_SECONDS);
  return process.env.CONTENT_POLL_SECONDS && Number.isFinite(v) && v >= 0 ? v : 10;
}

/**
 * `next start` (not a build, not the static export, not Vercel, whose files come with each deploy):
 * the server that keeps up with the content folder.
 */
export function isLiveServer(): boolean {
  return (
    process.env.NODE_ENV === "production" &&
    process.env.NEXT_PHASE !== "phase-production-build" &&
    !isStaticExport() &&
    !process.env.VERCEL
  );
}

const LIVE = Symbol.for("news-reader.live-content");
const live = globalThis as unknown as Record<symbol, LiveContent | undefined>;

/**
 * The production server's live index (./live), one per process: started from the build's parsed
 * content, then the folder is looked at every `pollSeconds()` (the timer does not keep the process
 * alive). Each change is logged with its files' diagnostics.
 */
export function liveContent(): LiveContent {
  const existing = live[LIVE];
  if (existing) return existing;
  const dir = contentDir();
  const { built, ...parsed } = loadOrParse(dir, () => withStories(parseContent(dir)));
  const content = new LiveContent(dir, { site: siteConfig });
  content.seed(parsed);
  live[LIVE] = content;
  if (built) reportDiagnostics(content.index.diagnostics);
  const seconds = pollSeconds();
  // The next scan `seconds` after the last one ended, and never sooner than four times its length:
  // at most a fifth of a core however large or slow the folder (100,000 files: scripts/bench-live.ts).
  const schedule = (lastMs: number) =>
    setTimeout(
      () => {
        const start = performance.now();
        content
          .refresh()
          .then(logScan, (e) => console.error(`content: scan failed: ${(e as Error).message}`))
          .finally(() => schedule(performance.now() - start));
      },
      Math.max(seconds * 1000, 4 * lastMs),
    ).unref();
  if (seconds > 0) schedule(0);
  return content;
}

/** One line per scan that changed something, and the changed files' diagnostics. */
export function logScan(report: ScanReport, log: (line: string) => void = console.log): void {
  if (!report.assembled) return;
  const { added, changed, removed, articles, ms } = report;
  log(`content: +${added.length} ~${changed.length} -${removed.length} → ${articles} articles (${ms} ms)`);
  const content = live[LIVE];
  for (const d of content?.diagnosticsOf([...added, ...changed]) ?? []) console.warn(formatDiagnostic(d));
}

export function reportDiagnostics(diagnostics: Diagnostic[], log: (line: string) => void = console.warn): void {
  for (const d of diagnostics) log(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (errors && strictContent()) {
    throw new Error(`STRICT_CONTENT=1: ${errors} content error(s), see the lines above`);
  }
}
