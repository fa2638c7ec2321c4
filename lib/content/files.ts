/**
 * The first two steps of the content pipeline: find every `.md` file under the content folder, in
 * a stable (path) order, then read each one and decode it as UTF-8, one file at a time (so 100,000
 * articles never sit in memory as raw text at once). A file that cannot be read, or is not UTF-8
 * text, is one error naming it; the others go on.
 */
import fs from "node:fs";
import path from "node:path";
import { diagnostic, type Diagnostic } from "./diagnostics";

/** A file of the content folder, as text. */
export interface SourceFile {
  file: string;
  raw: string;
}

export function findFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) out.push(full);
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Each file's text, read when the consumer asks for it; unreadable and non-UTF-8 files go to `errors`. */
export function* readFiles(files: Iterable<string>, errors: Diagnostic[]): Generator<SourceFile> {
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      errors.push(diagnostic("unreadable", file, 1, { reason: (e as Error).message }));
      continue;
    }
    const raw = decodeUtf8(file, bytes, errors);
    if (raw !== null) yield { file, raw };
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The file as text, or null (and an error naming the line) when it is not UTF-8: GBK, Big5, binary. */
export function decodeUtf8(file: string, bytes: Uint8Array, errors: Diagnostic[]): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      errors.push(diagnostic("utf16", file, 1, {}));
    } else {
      const lossy = Buffer.from(bytes).toString("utf8");
      const line = lossy.slice(0, Math.max(0, lossy.indexOf("\uFFFD"))).split("\n").length;
      errors.push(diagnostic(bytes.includes(0) ? "binary" : "not-utf8", file, line, {}));
    }
    return null;
  }
}

/** A file's path, size and modification time (ms). */
export type FileStat = [file: string, size: number, mtimeMs: number];

/** Each file's size and time, now (a file that is gone is left out). */
export function statFiles(files: string[]): FileStat[] {
  const out: FileStat[] = [];
  for (const f of files) {
    try {
      const s = fs.statSync(f);
      out.push([f, s.size, s.mtimeMs]);
    } catch {
      /* removed since it was listed */
    }
  }
  return out;
}

/** A cheap fingerprint of the folder (names, sizes, times), to notice edits in the dev server. */
export function folderSignature(files: string[]): string {
  let sig = "";
  for (const f of files) {
    try {
      const s = fs.statSync(f);
      sig += `${f}\0${s.size}\0${s.mtimeMs}\n`;
    } catch {
      sig += `${f}\0gone\n`;
    }
  }
  return sig;
}
