/**
 * A file's text as the parser wants it: no byte-order mark, LF line endings, and none of the
 * characters that only do harm in news text (reported once, with the first one's place).
 */
import type { DiagnosticSink } from "./diagnostics";

// Control characters that YAML rejects and no reader wants (tab, LF and CR are fine).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Invisible characters that only do harm in news text: zero-width space, a byte-order mark inside
// the text, and the bidirectional embeddings, overrides and isolates used to make text read
// differently than it is stored. Joiners (U+200C, U+200D) stay: emoji sequences and Persian need them.
const INVISIBLE = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
const STRAY = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, "g");

export function cleanText(raw: string, sink: DiagnosticSink): string {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const first = text.search(STRAY);
  if (first < 0) return text;
  sink.report(
    "stray-characters",
    lineOfIndex(text, first),
    { control: text.match(CONTROL)?.length ?? 0, invisible: text.match(INVISIBLE)?.length ?? 0 },
    first - text.lastIndexOf("\n", first - 1),
  );
  return text.replace(STRAY, "");
}

/** The 1-based line of a character of `text`. */
export function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
