/**
 * Content problems as data: a kind, where, and the values the message needs. Every message an
 * author reads is written here, once, as `path:line:column: severity: what is wrong — the fix`;
 * code that reacts to a problem (de-duplication, tests) looks at the kind and data, never the text.
 */
import path from "node:path";
import { MAX_INLINE_MARKS, MAX_NESTING } from "../markdown/limits";
import { WIDGET_NAMES } from "../widgets";
import { FRONT_MATTER_KEYS } from "./schema";
import { KNOWN_SHORTCODES } from "./shortcodes";

/** A notice reports what the site did on purpose (e.g. copies merged): nothing to fix, never fails a build. */
export type Severity = "error" | "warning" | "notice";

/** The values each kind of problem carries. */
interface Kinds {
  // Reading the file.
  unreadable: { reason: string };
  "not-utf8": Record<string, never>;
  utf16: Record<string, never>;
  binary: Record<string, never>;
  "stray-characters": { control: number; invisible: number };
  "front-matter-syntax": { format: "yaml" | "toml" | "json"; reason: string };
  "no-content": Record<string, never>;
  // Front-matter values (see ./fields).
  "unknown-key": { key: string };
  "list-for-text": { key: string; joined: string };
  "not-text": { key: string };
  "text-for-list": { key: string; value: string };
  "list-entries-not-text": { key: string };
  "not-a-list": { key: string };
  "not-a-flag": { key: string; fallback: boolean };
  "not-a-number": { key: string };
  "bad-date": { value: string };
  "missing-date": Record<string, never>;
  "bad-optional-date": { key: string; value: string };
  "title-missing": { title: string };
  "title-too-long": { max: number; shown: string };
  "unsafe-slug": { value: string; slug: string };
  "too-many-terms": { key: string; count: number; max: number };
  "term-too-long": { key: string; name: string; max: number };
  "term-without-letters": { key: string; name: string };
  "bad-sidebar": { value: string; fallback: string };
  "unknown-widget": { name: string };
  "bad-path": { key: string; value: string };
  "bad-thumbnail": Record<string, never>;
  "unsafe-thumbnail": { value: string };
  // The body.
  "body-too-large": { size: string; max: string };
  "nesting-too-deep": { lines: number };
  "too-many-marks": Record<string, never>;
  "unknown-shortcode": { name: string };
  "render-failed": { reason: string };
  // The whole site.
  "not-published": { reason: "scheduled" | "expired"; date: string; dev: boolean };
  "duplicate-slug": { slug: string; owner: string; published: string };
  "unknown-site-widget": { name: string };
  "alias-collision": { alias: string; owner: string | null };
  /** Files merged into this one (./copies): exact copies, and later versions shown as its update. */
  copies: { copies: string[]; updates: string[] };
}

export type DiagnosticKind = keyof Kinds;
export type DiagnosticData<K extends DiagnosticKind = DiagnosticKind> = Kinds[K];

export type Diagnostic = {
  [K in DiagnosticKind]: {
    /** Path of the file as given to the loader (absolute). */
    file: string;
    line: number;
    /** 1-based; 1 when the problem is a whole key or line. */
    column?: number;
    severity: Severity;
    kind: K;
    data: Kinds[K];
  };
}[DiagnosticKind];

const errors = new Set<DiagnosticKind>([
  "unreadable",
  "not-utf8",
  "utf16",
  "binary",
  "front-matter-syntax",
  "no-content",
]);

const notices = new Set<DiagnosticKind>(["copies"]);

/** Up to three file names, then how many more. */
const someFiles = (files: string[], cwd: string) =>
  files
    .slice(0, 3)
    .map((f) => relative(f, cwd))
    .join(", ") + (files.length > 3 ? ` and ${files.length - 3} more` : "");

const DATE_FORMATS = 'use "YYYY-MM-DD HH:mm:ss", ISO 8601 or RFC 2822';
const SYNTAX_HINT = {
  yaml: 'e.g. quote values that contain ":" or "#"',
  toml: 'e.g. key = "value"',
  json: "e.g. a missing comma or quote",
};
const relative = (file: string, cwd: string) => path.relative(cwd, file) || file;

/** The message of each kind; `cwd` is what paths named in a message are relative to. */
const MESSAGES: { [K in DiagnosticKind]: (d: Kinds[K], cwd: string) => string } = {
  unreadable: (d) => `cannot be read (${d.reason}); file skipped`,
  "not-utf8": () =>
    "is not UTF-8 text (first bad byte on this line); save it as UTF-8, e.g. `iconv -f GBK -t UTF-8 in.md > out.md`; " +
    "file skipped",
  utf16: () => "is UTF-16 text; save it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 in.md > out.md`; file skipped",
  binary: () =>
    "is not a text file (it has NUL bytes and is not UTF-8): an image or a document saved as .md? — " +
    "move it out of the content folder; file skipped",
  "stray-characters": (d) => {
    const what = [
      d.control ? `${d.control} control character(s)` : "",
      d.invisible
        ? `${d.invisible} invisible character(s) (zero-width space, byte-order mark or bidirectional override)`
        : "",
    ].filter(Boolean);
    return `removed ${what.join(" and ")} (first here); delete them from the file to silence this warning`;
  },
  "front-matter-syntax": (d) =>
    `front matter is not valid ${d.format.toUpperCase()} (${d.reason}); ` +
    `fix the syntax, ${SYNTAX_HINT[d.format]} — file skipped`,
  "no-content": () =>
    "the article has no title, summary or body: nothing to show — add a `title:` and some text; file skipped",
  "unknown-key": (d) =>
    `unknown key \`${d.key}\` is ignored — check its spelling (known: ${FRONT_MATTER_KEYS.join(", ")})`,
  "list-for-text": (d) =>
    `\`${d.key}\` is a list but should be a single value; using "${d.joined}" — write it as \`${d.key}: "…"\``,
  "not-text": (d) => `\`${d.key}\` should be text; ignored`,
  "text-for-list": (d) =>
    `\`${d.key}\` should be a list; read "${d.value}" as a one-item list — write it as \`${d.key}: ["${d.value}"]\``,
  "list-entries-not-text": (d) => `\`${d.key}\` has entries that are not text; they were ignored`,
  "not-a-list": (d) => `\`${d.key}\` should be a list of text values; ignored`,
  "not-a-flag": (d) => `\`${d.key}\` should be true or false; using the site default (${d.fallback})`,
  "not-a-number": (d) => `\`${d.key}\` should be a number; ignored`,
  "bad-date": (d) => `\`date\` "${d.value}" is not a date; the article is listed undated — ${DATE_FORMATS}`,
  "missing-date": () =>
    '`date` is missing; the article is listed undated, after all dated ones — add `date: "YYYY-MM-DD HH:mm:ss"`',
  "bad-optional-date": (d) => `\`${d.key}\` "${d.value}" is not a date; ignored — ${DATE_FORMATS}`,
  "title-missing": (d) => `\`title\` is missing or empty; using "${d.title}" — add a \`title:\``,
  "title-too-long": (d) =>
    `\`title\` is over ${d.max} characters; shortened to "${d.shown}" — move the rest into the body or \`summary\``,
  "unsafe-slug": (d) => `\`slug\` "${d.value}" has characters unsafe in a URL; published as "${d.slug}"`,
  "too-many-terms": (d) =>
    `\`${d.key}\` has ${d.count} entries; the first ${d.max} are used — keep the ones a reader would browse by`,
  "term-too-long": (d) => `\`${d.key}\` entry "${d.name}" is over ${d.max} characters; shortened`,
  "term-without-letters": (d) => `\`${d.key}\` entry "${d.name}" has no letters or digits; ignored`,
  "bad-sidebar": (d) => `\`sidebar\` "${d.value}" is not one of left, right, false; using "${d.fallback}"`,
  "unknown-widget": (d) =>
    `unknown widget "${d.name}" in \`widgets\` (known: ${WIDGET_NAMES.join(", ")}); not rendered`,
  "bad-path": (d) => `\`${d.key}\` "${d.value}" is not a site path like "/2019/01/old-post/"; ignored`,
  "bad-thumbnail": () => "`thumbnail` should be a URL or `{src, visibility}`; ignored",
  "unsafe-thumbnail": (d) =>
    `\`thumbnail\` "${d.value}" is not an https:, http: or site-relative URL (or an image of the page bundle); dropped`,
  "body-too-large": (d) =>
    `the body is ${d.size}, over the ${d.max} an article may have: published up to this line, the rest left out ` +
    "with a note to the reader — split it into several articles",
  "nesting-too-deep": (d) =>
    `${d.lines} line(s) nest lists or quotes deeper than ${MAX_NESTING} levels (first here); ` +
    `shown flattened to ${MAX_NESTING} — nest less deeply`,
  "too-many-marks": () =>
    `a paragraph uses more than ${MAX_INLINE_MARKS} brackets, asterisks, underscores or backticks (from here); ` +
    "the rest of it is shown as plain text — break it up or escape them",
  "unknown-shortcode": (d) =>
    `shortcode "${d.name}" is not supported and is removed from the page — replace it with Markdown ` +
    `(supported: ${KNOWN_SHORTCODES.join(", ")})`,
  "render-failed": (d) =>
    `the body could not be rendered as Markdown (${d.reason}); shown as plain text — simplify its formatting`,
  "not-published": (d) =>
    `not published: \`${d.reason === "scheduled" ? "publishDate" : "expiryDate"}\` ${d.date} ` +
    `${d.reason === "scheduled" ? "is in the future" : "has passed"}${d.dev ? " (shown by the dev server)" : ""}`,
  "duplicate-slug": (d, cwd) =>
    `slug "${d.slug}" is already used by ${relative(d.owner, cwd)}; published as "${d.published}" — ` +
    "give one of them a unique `slug:`",
  "unknown-site-widget": (d) => `unknown widget "${d.name}" in siteConfig.widgets; not rendered`,
  "alias-collision": (d, cwd) =>
    `alias "${d.alias}/" collides with ${d.owner ? `an alias of ${relative(d.owner, cwd)}` : "a page of the site"}; ` +
    "ignored — remove it or choose another path",
  copies: (d, cwd) =>
    [
      d.copies.length
        ? `${d.copies.length} exact cop${d.copies.length === 1 ? "y" : "ies"} of this article (same title and body) ` +
          `not published, ${d.copies.length === 1 ? "its URL redirects" : "their URLs redirect"} here: ${someFiles(d.copies, cwd)}`
        : "",
      d.updates.length
        ? `${d.updates.length} later version(s) of the same source and title shown here as its update ` +
          `(newest text, first date): ${someFiles(d.updates, cwd)}`
        : "",
    ]
      .filter(Boolean)
      .join("; ") + " — nothing to fix (see README, Copies, updates and stories)",
};

/** A diagnostic of `kind`, with the severity that kind always has. */
export function diagnostic<K extends DiagnosticKind>(
  kind: K,
  file: string,
  line: number,
  data: Kinds[K],
  column = 1,
): Diagnostic {
  const severity = errors.has(kind) ? "error" : notices.has(kind) ? "notice" : "warning";
  return { file, line, column, severity, kind, data } as Diagnostic;
}

/** What is wrong and the fix, without the place. */
export function messageOf(d: Diagnostic, cwd = process.cwd()): string {
  return (MESSAGES[d.kind] as (data: Diagnostic["data"], cwd: string) => string)(d.data, cwd);
}

/** The one line an author reads: `path:line:column: severity: message`. */
export function formatDiagnostic(d: Diagnostic, cwd = process.cwd()): string {
  return `${relative(d.file, cwd)}:${d.line}:${d.column ?? 1}: ${d.severity}: ${messageOf(d, cwd)}`;
}

/** Collects diagnostics for one file, so a reader can say `report(kind, line, data)`. */
export class DiagnosticSink {
  private readonly list: Diagnostic[] = [];
  constructor(readonly file: string) {}
  /** In line order, as an author reads the file. */
  get items(): Diagnostic[] {
    return [...this.list].sort((a, b) => a.line - b.line);
  }
  report<K extends DiagnosticKind>(kind: K, line: number, data: Kinds[K], column = 1): void {
    this.list.push(diagnostic(kind, this.file, line, data, column));
  }
}
