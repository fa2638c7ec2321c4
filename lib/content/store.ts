/**
 * The last step: the parsed content (./parse), stored in one file and shared. The first build
 * process to need it parses the folder and writes `<distDir>/cache/content-index/<key>.json` (in
 * .next for a static export: storePath); the other build workers wait for the file and load it
 * instead of parsing every article again; the production server loads the build's file.
 *
 * The file is read by every build worker and by the server at start, so it is compact: one array
 * per article whose columns are listed once, in COLUMNS, for writing and reading alike; terms and
 * widget lists stored once and referred to by number; paths relative to the content folder;
 * optional keys left off the end of a row when they are empty. 100,000 articles load in about a second.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildCacheDir } from "../config";
import type { Article, TermRef } from "./article";
import { folderSignature, findFiles, type FileStat } from "./files";
import type { Parsed } from "./parse";

const BUILD_PHASE = "phase-production-build";
const STALE_LOCK_MS = 10 * 60_000;

interface Tables {
  /** The content folder the file paths are relative to. */
  dir: string;
  terms: [name: string, slug: string][];
  widgetLists: string[][];
}

interface Writer extends Tables {
  term(ref: TermRef): number;
  widgetList(names: string[]): number;
}

/** How one column of a row is written and read. */
interface Column<K extends keyof Article = keyof Article> {
  keys: readonly K[];
  write(article: Article, w: Writer): unknown;
  read(stored: unknown, into: Partial<Article>, t: Tables): void;
  /** Optional columns come last: left off the end of a row when they hold this (stored) value. */
  empty?: unknown;
}

interface Codec<T> {
  write(value: T, w: Writer): unknown;
  read(stored: unknown, t: Tables): T;
}

const same = <T>(): Codec<T> => ({ write: (v) => v, read: (v) => v as T });
const date: Codec<Date | null> = {
  write: (d) => (d ? d.getTime() : null),
  read: (n) => (n === null ? null : new Date(n as number)),
};
const file: Codec<string> = {
  write: (f, w) => path.relative(w.dir, f),
  read: (f, t) => path.join(t.dir, f as string),
};
const terms: Codec<TermRef[]> = {
  write: (refs, w) => refs.map((r) => w.term(r)),
  read: (ids, t) => (ids as number[]).map((i) => ({ name: t.terms[i][0], slug: t.terms[i][1] })),
};
const widgets: Codec<string[]> = {
  write: (names, w) => w.widgetList(names),
  read: (i, t) => t.widgetLists[i as number],
};
const thumbnail: Codec<Article["thumbnail"]> = {
  write: (th) => (th ? [th.src, (th.list ? 1 : 0) | (th.post ? 2 : 0)] : null),
  read: (v) => {
    if (!v) return null;
    const [src, bits] = v as [string, number];
    return { src, list: (bits & 1) !== 0, post: (bits & 2) !== 0 };
  },
};
const source: Codec<Article["source"]> = {
  write: (s) => (s ? [s.label, s.url] : null),
  read: (v) => (v ? { label: (v as string[])[0], url: (v as string[])[1] } : null),
};

function column<K extends keyof Article>(key: K, codec: Codec<Article[K]>, empty?: unknown): Column<K> {
  return {
    keys: [key],
    write: (a, w) => codec.write(a[key], w),
    read: (v, into, t) => void (into[key] = codec.read(v, t)),
    empty,
  };
}

type BooleanKey = { [K in keyof Article]: Article[K] extends boolean ? K : never }[keyof Article];

/** Booleans packed into one number: bit i is keys[i], for writing and reading alike. */
function flags<K extends BooleanKey>(...keys: K[]): Column<K> {
  return {
    keys,
    write: (a) => keys.reduce((bits, k, i) => bits | (a[k] ? 1 << i : 0), 0),
    read: (v, into) => keys.forEach((k, i) => (into[k] = ((v as number) & (1 << i)) !== 0)),
  };
}

const COLUMNS = [
  column("slug", same()),
  column("file", file),
  column("title", same()),
  column("date", date),
  column("summary", same()),
  column("lead", same()),
  column("lang", same()),
  column("categories", terms),
  column("tags", terms),
  column("languages", terms),
  column("thumbnail", thumbnail),
  column("menu", same()),
  flags("comments", "authorbox", "pager", "toc", "mathjax", "draft", "bundle"),
  column("sidebar", same()),
  column("widgets", widgets),
  column("source", source),
  column("fingerprint", same()),
  // Hugo's optional keys, empty for nearly every news article.
  column("description", same(), ""),
  column("updated", date, null),
  column("weight", same(), 0),
  column("publishDate", date, null),
  column("expiryDate", date, null),
  column("aliases", same(), []),
];

// Every field of an Article has its column: this stops compiling when a field is added without one.
type StoredKey = (typeof COLUMNS)[number]["keys"][number];
const everyField: Record<Exclude<keyof Article, StoredKey>, never> = {};
void everyField;

const isEmptyIn = (column: Column, value: unknown) =>
  "empty" in column && column.empty !== undefined && JSON.stringify(value) === JSON.stringify(column.empty);

export interface StoredFile extends Tables {
  signature: string;
  rows: unknown[][];
  diagnostics: Parsed["diagnostics"];
  /** Parsed["files"], paths relative to `dir`. */
  files?: FileStat[];
  /** Parsed["stories"]. */
  stories?: string[][];
}

export function encode(parsed: Parsed, dir: string, signature = ""): StoredFile {
  const termIds = new Map<string, number>();
  const listIds = new Map<string, number>();
  const w: Writer = {
    dir,
    terms: [],
    widgetLists: [],
    term(ref) {
      const key = `${ref.slug}\0${ref.name}`;
      let id = termIds.get(key);
      if (id === undefined) termIds.set(key, (id = this.terms.push([ref.name, ref.slug]) - 1));
      return id;
    },
    widgetList(names) {
      const key = names.join("\0");
      let id = listIds.get(key);
      if (id === undefined) listIds.set(key, (id = this.widgetLists.push(names) - 1));
      return id;
    },
  };
  const rows = parsed.articles.map((a) => {
    const row = COLUMNS.map((c) => c.write(a, w));
    let end = row.length;
    while (end > 0 && isEmptyIn(COLUMNS[end - 1], row[end - 1])) end--;
    return row.slice(0, end);
  });
  const files = parsed.files?.map(([f, size, mtime]): FileStat => [path.relative(dir, f), size, mtime]);
  const { stories } = parsed;
  return {
    signature,
    dir,
    terms: w.terms,
    widgetLists: w.widgetLists,
    rows,
    diagnostics: parsed.diagnostics,
    files,
    ...(stories ? { stories } : {}),
  };
}

export function decode(data: StoredFile): Parsed {
  const articles = data.rows.map((row) => {
    const article: Partial<Article> = {};
    COLUMNS.forEach((c: Column, i) => c.read(i < row.length ? row[i] : c.empty, article, data));
    return article as Article;
  });
  const files = data.files?.map(([f, size, mtime]): FileStat => [path.join(data.dir, f), size, mtime]);
  const stories = data.stories;
  return { articles, diagnostics: data.diagnostics, ...(files ? { files } : {}), ...(stories ? { stories } : {}) };
}

/**
 * Where a build keeps the parsed content of `dir`: its build folder's cache (lib/config
 * `buildCacheDir`), so the file of a static export outlives the export for `scripts/export-redirects.ts`.
 */
export function storePath(dir: string): string {
  const key = createHash("sha1").update(dir).digest("hex").slice(0, 12);
  return buildCacheDir("content-index", `${key}.json`);
}

function tryLoad(file: string, signature: string | null): Parsed | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const data = JSON.parse(text) as StoredFile;
  if (signature !== null && data.signature !== signature) return null;
  return decode(data);
}

function write(file: string, stored: StoredFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(stored));
  fs.renameSync(tmp, file);
}

function acquire(lock: string): boolean {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  try {
    fs.closeSync(fs.openSync(lock, "wx"));
    return true;
  } catch {
    try {
      if (Date.now() - fs.statSync(lock).mtimeMs > STALE_LOCK_MS) fs.rmSync(lock, { force: true });
    } catch {
      /* the other process just finished */
    }
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The parsed content of `dir`, from the build's file when there is one. `built` says whether this
 * process parsed the folder (and so should print the diagnostics): one process per build does. The
 * signature ties the file to this build (the parent build process) and to the folder's files,
 * sizes and times.
 */
export function loadOrParse(dir: string, parse: () => Parsed): Parsed & { built: boolean } {
  const file = storePath(dir);
  if (process.env.NEXT_PHASE !== BUILD_PHASE) {
    const snapshot = tryLoad(file, null);
    return snapshot ? { ...snapshot, built: false } : { ...parse(), built: true };
  }
  const signature = createHash("sha1")
    .update(`${process.ppid}\n${folderSignature(findFiles(dir))}`)
    .digest("hex");
  const hit = tryLoad(file, signature);
  if (hit) return { ...hit, built: false };

  const lock = `${file}.lock`;
  const deadline = Date.now() + STALE_LOCK_MS;
  while (Date.now() < deadline) {
    if (acquire(lock)) {
      try {
        // Another process may have stored it and let go of the lock since this one last looked.
        const stored = tryLoad(file, signature);
        if (stored) return { ...stored, built: false };
        const parsed = parse();
        write(file, encode(parsed, dir, signature));
        return { ...parsed, built: true };
      } finally {
        fs.rmSync(lock, { force: true });
      }
    }
    sleep(50);
    const done = tryLoad(file, signature);
    if (done) return { ...done, built: false };
  }
  return { ...parse(), built: false };
}
