/**
 * The parsed content, shared through one file: the first build process to need it parses the folder
 * and writes `<distDir>/cache/content-index/…json`; the other build workers wait for the file and
 * load it instead of parsing every article again; the production server loads the build's file.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Article } from "./article";
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

function tryLoad(file: string, signature: string | null): Parsed | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const data = JSON.parse(text) as { signature: string } & Parsed;
  if (signature !== null && data.signature !== signature) return null;
  for (const a of data.articles) a.date = a.date ? new Date(a.date) : null;
  return { articles: data.articles, diagnostics: data.diagnostics };
}

function write(file: string, signature: string, parsed: Parsed): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ signature, ...parsed }));
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
        write(file, signature, parsed);
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
