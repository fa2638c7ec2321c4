/**
 * The production server's live index: the content folder is scanned every few seconds (each file's
 * size and time, asynchronously, so a server keeps answering while 100,000 files are looked at),
 * only the files added or changed are parsed again, and the index is assembled anew from every
 * file's kept result (./parse parseFile, collectArticles; ./assemble). The server starts from the
 * build's parsed content (./store, with each file's size and time) instead of parsing every file.
 *
 * Files being written are left alone: a file whose time is within `settleMs` of now keeps its
 * previous version (or is not added yet), and a file that no longer parses where its previous
 * version did keeps that version for one more scan (then its errors are reported as usual). A file
 * written elsewhere and renamed into place is simply a changed file.
 */
import fs from "node:fs";
import path from "node:path";
import { assembleIndex, type ContentIndex } from "./assemble";
import { diagnostic, type Diagnostic } from "./diagnostics";
import { decodeUtf8, type FileStat } from "./files";
import { collectArticles, parseFile, type FileResult, type Parsed, type ParseOptions } from "./parse";

/** How young a file's time must be for it to count as still being written. */
export const SETTLE_MS = 2000;

interface Entry {
  size: number;
  mtimeMs: number;
  result: FileResult;
  /** The size and time of a newer version that failed to parse, held back once. */
  held?: string;
}

export interface ScanReport {
  added: string[];
  changed: string[];
  removed: string[];
  /** Files left as they were until the next scan: being written, or failing where they parsed. */
  waiting: string[];
  /** The index was assembled again (files changed, or an article's publication window opened or closed). */
  assembled: boolean;
  articles: number;
  ms: number;
}

export class LiveContent {
  private entries = new Map<string, Entry>();
  /** When the next scheduled article comes out or an expiring one goes: the index changes then too. */
  private nextTransition = Infinity;
  private running: Promise<unknown> = Promise.resolve();
  private listings = new Map<string, Listing>();
  index: ContentIndex;

  constructor(
    readonly dir: string,
    private readonly options: ParseOptions & { settleMs?: number } = {},
  ) {
    this.index = assembleIndex({ articles: [], diagnostics: [] });
  }

  /**
   * Starts from content parsed earlier (a build's, ./store), with the size and time each file had:
   * the index is that content's, and a file is parsed again only once it changes. The rules that span
   * files (publication window, one slug each) are applied again at each assembly, so their
   * diagnostics are not kept as the file's own; a scheduled or expired file is parsed at the first scan.
   */
  seed(parsed: Parsed): void {
    const byFile = new Map(parsed.articles.map((a) => [a.file, a]));
    const own = new Map<string, Diagnostic[]>();
    for (const d of parsed.diagnostics) own.set(d.file, [...(own.get(d.file) ?? []), d]);
    for (const [file, size, mtimeMs] of parsed.files ?? []) {
      const diagnostics = own.get(file) ?? [];
      if (diagnostics.some((d) => d.kind === "not-published")) continue;
      let article = byFile.get(file) ?? null;
      const renamed = diagnostics.find((d) => d.kind === "duplicate-slug");
      if (article && renamed?.kind === "duplicate-slug") article = { ...article, slug: renamed.data.slug };
      const result = { file, article, diagnostics: diagnostics.filter((d) => d.kind !== "duplicate-slug") };
      this.entries.set(file, { size, mtimeMs, result });
    }
    this.index = assembleIndex(parsed);
    this.nextTransition = transitionAfter(this.entries.values(), Date.now());
  }

  /**
   * Looks at the folder now and updates the index when something changed. One scan at a time: a
   * call made during a scan runs after it. `settleMs: 0` takes files as they are (the refresh
   * endpoint: the caller says it has finished writing).
   */
  refresh(settleMs = this.options.settleMs ?? SETTLE_MS): Promise<ScanReport> {
    const next = this.running.then(() => this.scan(settleMs));
    this.running = next.catch(() => undefined);
    return next;
  }

  private async scan(settleMs: number): Promise<ScanReport> {
    const start = performance.now();
    const stats = await statFolder(this.dir, this.listings);
    const now = Date.now();
    const report: ScanReport = {
      added: [],
      changed: [],
      removed: [],
      waiting: [],
      assembled: false,
      articles: 0,
      ms: 0,
    };
    const seen = new Set<string>();
    let parsedSinceYield = 0;
    for (const [file, size, mtimeMs] of stats) {
      seen.add(file);
      const previous = this.entries.get(file);
      if (previous && previous.size === size && previous.mtimeMs === mtimeMs) continue;
      // A file is being written when its time is within settleMs of now, either side: a fraction
      // of a millisecond ahead of Date.now() (whole milliseconds) or a little ahead by a clock's
      // skew. One far ahead (copied with its time from a machine whose clock runs ahead) is not
      // being written: waiting for the clock to catch up would hide it for as long as the skew.
      // `settleMs: 0` waits for nothing.
      if (settleMs > 0 && Math.abs(now - mtimeMs) < settleMs) {
        report.waiting.push(file);
        continue;
      }
      const result = this.read(file);
      if (!result) continue; // removed since it was listed: the next scan sees it gone
      const version = `${size}:${mtimeMs}`;
      if (!result.article && previous?.result.article && previous.held !== version) {
        previous.held = version;
        report.waiting.push(file);
        continue;
      }
      this.entries.set(file, { size, mtimeMs, result });
      (previous ? report.changed : report.added).push(file);
      // A first scan without a build's content parses every file: let requests through meanwhile.
      if (++parsedSinceYield % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const file of this.entries.keys()) {
      if (!seen.has(file)) {
        this.entries.delete(file);
        report.removed.push(file);
      }
    }
    if (report.added.length || report.changed.length || report.removed.length || now >= this.nextTransition) {
      this.assemble();
      report.assembled = true;
    }
    report.articles = this.index.articles.length;
    report.ms = Math.round(performance.now() - start);
    return report;
  }

  /** The file's result, or null when it is gone. */
  private read(file: string): FileResult | null {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      return {
        file,
        article: null,
        diagnostics: [diagnostic("unreadable", file, 1, { reason: (e as Error).message })],
      };
    }
    const errors: Diagnostic[] = [];
    const raw = decodeUtf8(file, bytes, errors);
    return raw === null ? { file, article: null, diagnostics: errors } : parseFile(file, raw, this.options.site);
  }

  private assemble(): void {
    const files = [...this.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const now = Date.now();
    this.index = assembleIndex(
      collectArticles(
        files.map((f) => this.entries.get(f)!.result),
        this.options,
      ),
    );
    this.nextTransition = transitionAfter(this.entries.values(), now);
  }

  /** The kept results of these files (for the log: their diagnostics). */
  diagnosticsOf(files: string[]): Diagnostic[] {
    return files.flatMap((f) => this.entries.get(f)?.result.diagnostics ?? []);
  }
}

function transitionAfter(entries: Iterable<Entry>, now: number): number {
  let next = Infinity;
  for (const { result } of entries) {
    for (const date of [result.article?.publishDate, result.article?.expiryDate]) {
      const t = date?.getTime();
      if (t !== undefined && t > now && t < next) next = t;
    }
  }
  return next;
}

interface Listing {
  mtimeMs: number;
  files: string[];
  dirs: string[];
}

/** Lets the server answer requests between two slices of a long synchronous job. */
const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Every `.md` file under `dir` (./files findFiles's rules: hidden entries and node_modules skipped)
 * with its size and time. A folder whose own time has not changed has the same entries as before:
 * its listing is taken from `listings` (a folder's time changes when a file is added, removed or
 * renamed in it). The files are looked at synchronously, in slices of 2,000 with a pause for
 * requests between them: measured cheaper than Node's asynchronous calls (scripts/bench-live.ts).
 */
export async function statFolder(dir: string, listings = new Map<string, Listing>()): Promise<FileStat[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = async (d: string): Promise<void> => {
    let listing: Listing | undefined;
    try {
      const mtimeMs = fs.statSync(d).mtimeMs;
      listing = listings.get(d);
      if (listing?.mtimeMs !== mtimeMs) {
        listing = { mtimeMs, files: [], dirs: [] };
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          if (e.name.startsWith(".") || e.name === "node_modules") continue;
          const full = path.join(d, e.name);
          if (e.isDirectory()) listing.dirs.push(full);
          else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) listing.files.push(full);
        }
        listings.set(d, listing);
        await yieldToRequests();
      }
    } catch {
      return;
    }
    seen.add(d);
    files.push(...listing.files);
    for (const sub of listing.dirs) await walk(sub);
  };
  await walk(dir);
  for (const d of listings.keys()) if (!seen.has(d)) listings.delete(d);
  const out: FileStat[] = [];
  for (let i = 0; i < files.length; i++) {
    try {
      const s = fs.statSync(files[i]);
      out.push([files[i], s.size, s.mtimeMs]);
    } catch {
      /* removed since it was listed */
    }
    if (i % 2000 === 1999) await yieldToRequests();
  }
  return out;
}
