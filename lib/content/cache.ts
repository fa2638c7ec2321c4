/**
 * The parsed content, shared through one file: the first build process to need it parses the folder
 * and writes `<distDir>/cache/content-index/…json`; the other build workers wait for the file and
 * load it instead of parsing every article again; the production server loads the build's file.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Article, TermRef } from "./article";
import type { Diagnostic } from "./diagnostics";
import { folderSignature, listMarkdownFiles } from "./load";

interface Parsed {
  articles: Article[];
  diagnostics: Diagnostic[];
}

const BUILD_PHASE = "phase-production-build";
const STALE_LOCK_MS = 10 * 60_000;

export function cachePath(dir: string): string {
  const key = createHash("sha1").update(dir).digest("hex").slice(0, 12);
  return path.resolve(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "cache", "content-index", `${key}.json`);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/*
 * The file is read by every build worker and by the server at start, so it is compact: one array
 * per article (no repeated key names), terms and widget lists stored once and referred to by number,
 * paths relative to the content folder. 100,000 articles load in well under a second.
 */
type Row = [
  slug: string,
  file: string,
  title: string,
  date: number | null,
  summary: string,
  lead: string,
  lang: string,
  categories: number[],
  tags: number[],
  languages: number[],
  thumbnail: [string, number] | null,
  menu: string[],
  flags: number,
  sidebar: Article["sidebar"],
  widgets: number,
  source: [string, string] | null,
  /** Hugo's optional keys, null when none is set: description, lastmod, weight, publishDate, expiryDate. */
  hugo: [string, number | null, number, number | null, number | null, string[]] | null,
];
interface Stored {
  signature: string;
  dir: string;
  terms: [string, string][];
  widgetLists: string[][];
  rows: Row[];
  diagnostics: Diagnostic[];
}
const FLAGS = ["comments", "authorbox", "pager", "toc", "mathjax", "draft", "bundle"] as const;

const ms = (d: Date | null) => (d ? d.getTime() : null);
const toDate = (n: number | null) => (n === null ? null : new Date(n));

function encode(signature: string, dir: string, parsed: Parsed): Stored {
  const termIds = new Map<string, number>();
  const terms: [string, string][] = [];
  const term = (t: TermRef) => {
    const key = `${t.slug}\0${t.name}`;
    let id = termIds.get(key);
    if (id === undefined) termIds.set(key, (id = terms.push([t.name, t.slug]) - 1));
    return id;
  };
  const listIds = new Map<string, number>();
  const widgetLists: string[][] = [];
  const rows = parsed.articles.map((a): Row => {
    const wkey = a.widgets.join("\0");
    let w = listIds.get(wkey);
    if (w === undefined) listIds.set(wkey, (w = widgetLists.push(a.widgets) - 1));
    return [
      a.slug,
      path.relative(dir, a.file),
      a.title,
      a.date ? a.date.getTime() : null,
      a.summary,
      a.lead,
      a.lang,
      a.categories.map(term),
      a.tags.map(term),
      a.languages.map(term),
      a.thumbnail ? [a.thumbnail.src, (a.thumbnail.list ? 1 : 0) | (a.thumbnail.post ? 2 : 0)] : null,
      a.menu,
      FLAGS.reduce((bits, f, i) => bits | (a[f] ? 1 << i : 0), 0),
      a.sidebar,
      w,
      a.source ? [a.source.label, a.source.url] : null,
      a.description || a.updated || a.weight || a.publishDate || a.expiryDate || a.aliases.length
        ? [a.description, ms(a.updated), a.weight, ms(a.publishDate), ms(a.expiryDate), a.aliases]
        : null,
    ];
  });
  return { signature, dir, terms, widgetLists, rows, diagnostics: parsed.diagnostics };
}

function decode(data: Stored): Parsed {
  const terms = data.terms.map(([name, slug]): TermRef => ({ name, slug }));
  const articles = data.rows.map(
    ([slug, file, title, date, summary, lead, lang, categories, tags, languages, thumbnail, menu, flags, sidebar, widgets, source, hugo]): Article => ({
      slug,
      file: path.join(data.dir, file),
      title,
      date: toDate(date),
      summary,
      lead,
      lang,
      categories: categories.map((i) => terms[i]),
      tags: tags.map((i) => terms[i]),
      languages: languages.map((i) => terms[i]),
      thumbnail: thumbnail ? { src: thumbnail[0], list: (thumbnail[1] & 1) !== 0, post: (thumbnail[1] & 2) !== 0 } : null,
      menu,
      comments: (flags & 1) !== 0,
      authorbox: (flags & 2) !== 0,
      pager: (flags & 4) !== 0,
      toc: (flags & 8) !== 0,
      mathjax: (flags & 16) !== 0,
      draft: (flags & 32) !== 0,
      bundle: (flags & 64) !== 0,
      sidebar,
      widgets: data.widgetLists[widgets],
      source: source ? { label: source[0], url: source[1] } : null,
      description: hugo?.[0] ?? "",
      updated: toDate(hugo?.[1] ?? null),
      weight: hugo?.[2] ?? 0,
      publishDate: toDate(hugo?.[3] ?? null),
      expiryDate: toDate(hugo?.[4] ?? null),
      aliases: hugo?.[5] ?? [],
    }),
  );
  return { articles, diagnostics: data.diagnostics };
}

function tryLoad(file: string, signature: string | null): Parsed | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const data = JSON.parse(text) as Stored;
  if (signature !== null && data.signature !== signature) return null;
  return decode(data);
}

function write(file: string, stored: Stored): void {
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

/**
 * `built` says whether this process parsed the folder (and so should print the diagnostics): one
 * process per build does. The signature ties the file to this build (the parent build process) and
 * to the folder's files, sizes and times.
 */
export function loadOrBuildCached(dir: string, build: () => Parsed): Parsed & { built: boolean } {
  const file = cachePath(dir);
  if (process.env.NEXT_PHASE !== BUILD_PHASE) {
    const snapshot = tryLoad(file, null);
    return snapshot ? { ...snapshot, built: false } : { ...build(), built: true };
  }
  const signature = createHash("sha1")
    .update(`${process.ppid}\n${folderSignature(listMarkdownFiles(dir))}`)
    .digest("hex");
  const hit = tryLoad(file, signature);
  if (hit) return { ...hit, built: false };

  const lock = `${file}.lock`;
  const deadline = Date.now() + STALE_LOCK_MS;
  while (Date.now() < deadline) {
    if (acquire(lock)) {
      try {
        const parsed = build();
        write(file, encode(signature, dir, parsed));
        return { ...parsed, built: true };
      } finally {
        fs.rmSync(lock, { force: true });
      }
    }
    sleep(50);
    const done = tryLoad(file, signature);
    if (done) return { ...done, built: false };
  }
  return { ...build(), built: false };
}
