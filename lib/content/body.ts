/**
 * The Markdown body of an article: the export's closing source link taken out as metadata, the
 * body kept within what a browser and the build can take, Hugo's `<!--more-->` summary divider, and
 * shortcodes the site cannot show reported.
 */
import type { SiteConfig } from "../config";
import { t } from "../i18n";
import { limitMarkdown } from "../markdown/limits";
import { lineOfIndex } from "./clean";
import type { DiagnosticSink } from "./diagnostics";
import { findShortcodes, KNOWN_SHORTCODES } from "./shortcodes";

export interface SourceLink {
  label: string;
  url: string;
}

export interface Body {
  /** Trimmed Markdown, without the source line. */
  markdown: string;
  /** The news export's closing `[site](url)` line, shown as "原文". */
  source: SourceLink | null;
  /** What stands before `<!--more-->`, when the body has the divider. */
  beforeMore: string | null;
}

/** An article body longer than this (UTF-8 bytes) is published up to a paragraph end before it. */
export const MAX_BODY_BYTES = 1024 * 1024;
const SOURCE_LINE = /\n*\[([^\]\n]{1,80})\]\((https?:\/\/[^)\s]+)\)\s*$/;

/** `text` is the body as it stands in the file, starting on line `bodyLine`. */
export function readBody(text: string, bodyLine: number, sink: DiagnosticSink, site: SiteConfig): Body {
  const shortcodes = findShortcodes(text);
  let body = text;
  let source: SourceLink | null = null;
  const sourceMatch = SOURCE_LINE.exec(body);
  if (sourceMatch) {
    source = { label: sourceMatch[1].trim(), url: sourceMatch[2] };
    body = body.slice(0, sourceMatch.index);
  }
  // The line of the body's first non-blank line, for messages about lines of the trimmed body.
  const firstLine = bodyLine + (body.slice(0, body.length - body.trimStart().length).match(/\n/g)?.length ?? 0);
  body = boundBody(body.trim(), firstLine, sink, site);
  const more = body.indexOf("<!--more-->");
  for (const use of shortcodes) {
    if (!(KNOWN_SHORTCODES as readonly string[]).includes(use.name)) {
      sink.report("unknown-shortcode", bodyLine + use.line - 1, { name: use.name }, use.column);
    }
  }
  return { markdown: body, source, beforeMore: more >= 0 ? body.slice(0, more) : null };
}

/**
 * Keeps a body within MAX_BODY_BYTES (cut at a paragraph end, with a note to the reader) and
 * reports the lines limitMarkdown will flatten.
 */
function boundBody(body: string, firstLine: number, sink: DiagnosticSink, site: SiteConfig): string {
  const bytes = Buffer.byteLength(body);
  if (bytes > MAX_BODY_BYTES) {
    const head = Buffer.from(body).subarray(0, MAX_BODY_BYTES).toString("utf8");
    const paragraphEnd = head.lastIndexOf("\n\n");
    const lineEnd = head.lastIndexOf("\n");
    const kept = head.slice(0, paragraphEnd > 0 ? paragraphEnd : lineEnd > 0 ? lineEnd : head.length - 1);
    const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
    sink.report("body-too-large", firstLine + lineOfIndex(kept, kept.length) - 1, {
      size: mb(bytes),
      max: mb(MAX_BODY_BYTES),
    });
    body = `${kept}\n\n---\n\n*${t(site.language).bodyTruncated(mb(bytes), mb(MAX_BODY_BYTES))}*`;
  }
  const limited = limitMarkdown(body);
  if (limited.nested.length) {
    sink.report("nesting-too-deep", firstLine + limited.nested[0] - 1, { lines: limited.nested.length });
  }
  if (limited.escaped.length) sink.report("too-many-marks", firstLine + limited.escaped[0] - 1, {});
  return body;
}
