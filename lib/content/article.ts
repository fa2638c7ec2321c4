/**
 * One Markdown file → one Article record. Every front-matter key of the Hugo/Mainroad export is read
 * here and only here; an article's value wins over the site default, the site's over the built-in.
 * Messy input is repaired with a warning; only a file that cannot be an article at all is an error.
 */
import type { SidebarSide, SiteConfig } from "../config";
import { parseDate } from "../dates";
import { languageName, t } from "../i18n";
import { limitMarkdown, MAX_INLINE_MARKS, MAX_NESTING } from "../markdown/limits";
import { excerpt, markdownToPlainText, titleFromText, truncateChars } from "../text";
import { aliasPath, bundleFileUrl, isBundleIndex, safeImageUrl, slugFromFileName, termSlug, urlSegment } from "../urls";
import { isWidgetName, WIDGET_NAMES } from "../widgets";
import { DiagnosticSink, type Diagnostic } from "./diagnostics";
import { readFrontMatter, type FrontMatter, type FrontMatterError } from "./frontmatter";
import { findShortcodes, KNOWN_SHORTCODES } from "./shortcodes";

export interface TermRef {
  name: string;
  slug: string;
}

export interface Thumbnail {
  src: string;
  /** Shown on list cards / on the article page (Mainroad's `visibility: [list, post]`). */
  list: boolean;
  post: boolean;
}

export interface SourceLink {
  label: string;
  url: string;
}

export interface Article {
  slug: string;
  /** Absolute path of the Markdown file. */
  file: string;
  title: string;
  /** null when the file has no readable date: listed after all dated articles. */
  date: Date | null;
  /** Front-matter summary, else a plain-text excerpt of the body. */
  summary: string;
  lead: string;
  lang: string;
  categories: TermRef[];
  tags: TermRef[];
  /** The article's language as a term (name in the site's language), for the languages pages. */
  languages: TermRef[];
  thumbnail: Thumbnail | null;
  /** Menus the article is listed in (`main`, `footer`…; Mainroad's `menu`, `""` = none). */
  menu: string[];
  comments: boolean;
  authorbox: boolean;
  pager: boolean;
  toc: boolean;
  mathjax: boolean;
  sidebar: SidebarSide;
  widgets: string[];
  draft: boolean;
  /** The file is a page bundle's `index.md`: the images beside it are served with the article. */
  bundle: boolean;
  /** `description` front matter: the meta description when it differs from the summary. */
  description: string;
  /** `lastmod`, shown as "updated" when later than the date. */
  updated: Date | null;
  /** `weight` > 0 pins an article above unweighted ones, lower first (Hugo's order). */
  weight: number;
  /** Old site paths (decoded, no trailing slash) that redirect to this article. */
  aliases: string[];
  /** `publishDate` / `expiryDate`: outside this window the article is not published (dev shows it). */
  publishDate: Date | null;
  expiryDate: Date | null;
  /** The news export's closing `[site](url)` line, shown as "原文". */
  source: SourceLink | null;
}

/** An article with its Markdown body (without the trailing source line). The index keeps no bodies. */
export interface ParsedArticle extends Article {
  body: string;
}

export interface ParseResult {
  article: ParsedArticle | null;
  diagnostics: Diagnostic[];
}

// Control characters that YAML rejects and no reader wants (tab, LF and CR are fine).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Invisible characters that only do harm in news text: zero-width space, a byte-order mark inside
// the text, and the bidirectional embeddings, overrides and isolates used to make text read
// differently than it is stored. Joiners (U+200C, U+200D) stay: emoji sequences and Persian need them.
const INVISIBLE = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
const STRAY = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, "g");
/** Tags (and categories, languages) one article may have; a title's and a term's length. */
export const MAX_TERMS = 100;
export const MAX_TITLE_CHARS = 300;
export const MAX_TERM_CHARS = 60;
/** An article body longer than this (UTF-8 bytes) is published up to a paragraph end before it. */
export const MAX_BODY_BYTES = 1024 * 1024;
const SOURCE_LINE = /\n*\[([^\]\n]{1,80})\]\((https?:\/\/[^)\s]+)\)\s*$/;

/** Every key of the Mainroad export plus Hugo's own page keys. */
const KNOWN_KEYS = new Set([
  "title", "date", "summary", "categories", "lang", "translations", "tags", "menu", "thumbnail", "lead", "comments",
  "authorbox", "pager", "toc", "mathjax", "sidebar", "widgets", "draft", "slug", "url", "aliases", "description",
  "lastmod", "publishDate", "expiryDate", "weight", "keywords", "author", "images", "type", "layout",
]);

/**
 * Keeps a body within what a reader's browser and the build can take (MAX_BODY_BYTES; cut at a
 * paragraph end, with a note to the reader) and reports the lines limitMarkdown will flatten.
 */
function boundBody(body: string, firstLine: number, sink: DiagnosticSink, site: SiteConfig): string {
  const bytes = Buffer.byteLength(body);
  if (bytes > MAX_BODY_BYTES) {
    const head = Buffer.from(body).subarray(0, MAX_BODY_BYTES).toString("utf8");
    const paragraphEnd = head.lastIndexOf("\n\n");
    const kept = head.slice(0, paragraphEnd > 0 ? paragraphEnd : head.lastIndexOf("\n") > 0 ? head.lastIndexOf("\n") : head.length - 1);
    const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
    sink.warn(
      firstLine + lineOfIndex(kept, kept.length) - 1,
      `the body is ${mb(bytes)}, over the ${mb(MAX_BODY_BYTES)} an article may have: published up to this line, the rest left out with a note to the reader — split it into several articles`,
    );
    body = `${kept}\n\n---\n\n*${t(site.language).bodyTruncated(mb(bytes), mb(MAX_BODY_BYTES))}*`;
  }
  const limited = limitMarkdown(body);
  if (limited.nested.length) {
    sink.warn(
      firstLine + limited.nested[0] - 1,
      `${limited.nested.length} line(s) nest lists or quotes deeper than ${MAX_NESTING} levels (first here); shown flattened to ${MAX_NESTING} — nest less deeply`,
    );
  }
  if (limited.escaped.length) {
    sink.warn(
      firstLine + limited.escaped[0] - 1,
      `a paragraph uses more than ${MAX_INLINE_MARKS} brackets, asterisks, underscores or backticks (from here); the rest of it is shown as plain text — break it up or escape them`,
    );
  }
  return body;
}

function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function parseArticle(file: string, raw: string, site: SiteConfig): ParseResult {
  const sink = new DiagnosticSink(file);
  let text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

  const firstStray = text.search(STRAY);
  if (firstStray >= 0) {
    const control = text.match(CONTROL)?.length ?? 0;
    const invisible = text.match(INVISIBLE)?.length ?? 0;
    const what = [
      control ? `${control} control character(s)` : "",
      invisible ? `${invisible} invisible character(s) (zero-width space, byte-order mark or bidirectional override)` : "",
    ].filter(Boolean);
    sink.warn(
      lineOfIndex(text, firstStray),
      `removed ${what.join(" and ")} (first here); delete them from the file to silence this warning`,
      firstStray - text.lastIndexOf("\n", firstStray - 1),
    );
    text = text.replace(STRAY, "");
  }

  let fm: FrontMatter;
  try {
    fm = readFrontMatter(text);
  } catch (e) {
    const err = e as FrontMatterError;
    const hint = err.format === "yaml" ? 'e.g. quote values that contain ":" or "#"' : err.format === "toml" ? 'e.g. key = "value"' : "e.g. a missing comma or quote";
    sink.error(err.line ?? 1, `front matter is not valid ${(err.format ?? "yaml").toUpperCase()} (${err.reason ?? err.message}); fix the syntax, ${hint} — file skipped`, err.column ?? 1);
    return { article: null, diagnostics: sink.items };
  }
  const data = fm.data;
  let body = fm.body;
  const bodyLine = text.slice(0, text.length - body.length).split("\n").length;
  const shortcodes = findShortcodes(body);
  const line = (key: string) => fm.keyLine(key);

  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) sink.warn(line(key), `unknown key \`${key}\` is ignored — check its spelling (known: ${[...KNOWN_KEYS].join(", ")})`);
  }

  const str = (key: string): string => {
    const v = data[key];
    if (v === undefined || v === null) return "";
    if (typeof v === "string") return v.trim();
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) {
      sink.warn(line(key), `\`${key}\` is a list but should be a single value; using "${v.join(" ")}" — write it as \`${key}: "…"\``);
      return v.join(" ").trim();
    }
    sink.warn(line(key), `\`${key}\` should be text; ignored`);
    return "";
  };

  // `lang` and `menu` are single values in Hugo and lists in the export: both forms are fine there.
  const list = (key: string, single: "ok" | "warn" = "warn"): string[] => {
    const v = data[key];
    if (v === undefined || v === null || v === "") return [];
    if (typeof v === "string" || typeof v === "number") {
      if (single === "warn") sink.warn(line(key), `\`${key}\` should be a list; read "${v}" as a one-item list — write it as \`${key}: ["${v}"]\``);
      return [String(v).trim()].filter(Boolean);
    }
    if (Array.isArray(v)) {
      const out = v.filter((x) => typeof x === "string" || typeof x === "number").map((x) => String(x).trim());
      if (out.length !== v.length) sink.warn(line(key), `\`${key}\` has entries that are not text; they were ignored`);
      return out.filter(Boolean);
    }
    sink.warn(line(key), `\`${key}\` should be a list of text values; ignored`);
    return [];
  };

  const bool = (key: string, fallback: boolean): boolean => {
    const v = data[key];
    if (v === undefined || v === null || v === "") return fallback;
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    sink.warn(line(key), `\`${key}\` should be true or false; using the site default (${fallback})`);
    return fallback;
  };

  // Body: the export closes every news article with its source link; keep it as metadata.
  let source: SourceLink | null = null;
  const sourceMatch = SOURCE_LINE.exec(body);
  if (sourceMatch) {
    source = { label: sourceMatch[1].trim(), url: sourceMatch[2] };
    body = body.slice(0, sourceMatch.index);
  }
  // The line of the body's first non-blank line, for messages about lines of the trimmed body.
  const firstLine = bodyLine + (body.slice(0, body.length - body.trimStart().length).match(/\n/g)?.length ?? 0);
  body = body.trim();
  body = boundBody(body, firstLine, sink, site);
  // Hugo's summary divider: what stands before `<!--more-->` is the summary when none is given.
  const more = body.indexOf("<!--more-->");
  const beforeMore = more >= 0 ? body.slice(0, more) : null;

  for (const use of shortcodes) {
    if (!(KNOWN_SHORTCODES as readonly string[]).includes(use.name)) {
      sink.warn(
        bodyLine + use.line - 1,
        `shortcode "${use.name}" is not supported and is removed from the page — replace it with Markdown (supported: ${KNOWN_SHORTCODES.join(", ")})`,
        use.column,
      );
    }
  }
  // Plain text only when a fallback needs it: this runs for every article of the index.
  let plainText: string | undefined;
  const plain = () => (plainText ??= markdownToPlainText(body));

  const summary = str("summary") || (beforeMore !== null ? excerpt(markdownToPlainText(beforeMore)) : "") || excerpt(plain());

  let title = str("title");
  if (Array.from(title).length > MAX_TITLE_CHARS) {
    title = truncateChars(title, MAX_TITLE_CHARS);
    sink.warn(line("title"), `\`title\` is over ${MAX_TITLE_CHARS} characters; shortened to "${truncateChars(title, 20)}" — move the rest into the body or \`summary\``);
  }
  if (!title) {
    title = titleFromText(summary || plain());
    if (!title) {
      sink.error(line("title"), "the article has no title, summary or body: nothing to show — add a `title:` and some text; file skipped");
      return { article: null, diagnostics: sink.items };
    }
    sink.warn(line("title"), `\`title\` is missing or empty; using "${title}" — add a \`title:\``);
  }

  const rawDate = data.date;
  let date: Date | null = null;
  if (rawDate === undefined || rawDate === null || rawDate === "") {
    sink.warn(line("date"), "`date` is missing; the article is listed undated, after all dated ones — add `date: \"YYYY-MM-DD HH:mm:ss\"`");
  } else {
    date = parseDate(rawDate, site.timeZone);
    if (!date) {
      sink.warn(
        line("date"),
        `\`date\` "${String(rawDate)}" is not a date; the article is listed undated — use "YYYY-MM-DD HH:mm:ss", ISO 8601 or RFC 2822`,
      );
    }
  }

  const slugValue = str("slug");
  const slug = (slugValue && urlSegment(slugValue)) || slugFromFileName(file) || "article";
  if (slugValue && urlSegment(slugValue) !== slugValue) {
    sink.warn(line("slug"), `\`slug\` "${slugValue}" has characters unsafe in a URL; published as "${slug}"`);
  }

  // `lang` is a one-element list in the export; a plain string works too.
  const lang = list("lang", "ok")[0] || site.language;

  const terms = (key: string): TermRef[] => {
    const seen = new Set<string>();
    const out: TermRef[] = [];
    const names = list(key);
    if (names.length > MAX_TERMS) {
      sink.warn(line(key), `\`${key}\` has ${names.length} entries; the first ${MAX_TERMS} are used — keep the ones a reader would browse by`);
      names.length = MAX_TERMS;
    }
    for (const raw of names) {
      const long = Array.from(raw).length > MAX_TERM_CHARS;
      const name = long ? truncateChars(raw, MAX_TERM_CHARS) : raw;
      if (long) sink.warn(line(key), `\`${key}\` entry "${name}" is over ${MAX_TERM_CHARS} characters; shortened`);
      const s = termSlug(name);
      if (!s) {
        sink.warn(line(key), `\`${key}\` entry "${name}" has no letters or digits; ignored`);
        continue;
      }
      if (seen.has(s)) continue;
      seen.add(s);
      out.push({ name, slug: s });
    }
    return out;
  };

  const sidebarValue = data.sidebar;
  let sidebar: SidebarSide = site.sidebar;
  if (sidebarValue === "left" || sidebarValue === "right") sidebar = sidebarValue;
  else if (sidebarValue === true) sidebar = "right";
  else if (sidebarValue === false || sidebarValue === "false" || sidebarValue === "none") sidebar = "none";
  else if (sidebarValue !== undefined && sidebarValue !== null && sidebarValue !== "") {
    sink.warn(line("sidebar"), `\`sidebar\` "${String(sidebarValue)}" is not one of left, right, false; using "${site.sidebar}"`);
  }

  const widgets = data.widgets === undefined || data.widgets === null ? site.widgets : list("widgets");
  for (const name of widgets) {
    if (!isWidgetName(name)) {
      sink.warn(line("widgets"), `unknown widget "${name}" in \`widgets\` (known: ${WIDGET_NAMES.join(", ")}); not rendered`);
    }
  }

  const optionalDate = (key: string): Date | null => {
    const v = data[key];
    if (v === undefined || v === null || v === "") return null;
    const d = parseDate(v, site.timeZone);
    if (!d) sink.warn(line(key), `\`${key}\` "${String(v)}" is not a date; ignored — use "YYYY-MM-DD HH:mm:ss", ISO 8601 or RFC 2822`);
    return d;
  };
  const weightValue = data.weight;
  let weight = 0;
  if (typeof weightValue === "number" && Number.isFinite(weightValue)) weight = weightValue;
  else if (weightValue !== undefined && weightValue !== null && weightValue !== "") {
    sink.warn(line("weight"), `\`weight\` should be a number; ignored`);
  }
  // Old URLs (`aliases`, and Hugo's `url`) redirect to the article's one URL, /posts/<slug>/.
  const aliases: string[] = [];
  for (const [key, values] of [["aliases", list("aliases")], ["url", str("url") ? [str("url")] : []]] as const) {
    for (const value of values) {
      const path = aliasPath(value);
      if (path) aliases.push(path);
      else sink.warn(line(key), `\`${key}\` "${truncateChars(value, 60)}" is not a site path like "/2019/01/old-post/"; ignored`);
    }
  }

  return {
    article: {
      slug,
      file,
      title,
      date,
      summary,
      lead: str("lead"),
      lang,
      categories: terms("categories"),
      languages: [{ name: languageName(lang, site.language), slug: termSlug(lang) || "und" }],
      tags: terms("tags"),
      thumbnail: readThumbnail(data.thumbnail, site, sink, line("thumbnail"), isBundleIndex(file) ? slug : null),
      menu: list("menu", "ok"),
      comments: bool("comments", false),
      authorbox: bool("authorbox", site.defaults.authorbox),
      pager: bool("pager", site.defaults.pager),
      toc: bool("toc", site.defaults.toc),
      mathjax: bool("mathjax", false),
      sidebar,
      widgets,
      draft: bool("draft", false),
      bundle: isBundleIndex(file),
      description: str("description"),
      updated: optionalDate("lastmod"),
      weight,
      aliases,
      publishDate: optionalDate("publishDate"),
      expiryDate: optionalDate("expiryDate"),
      body,
      source,
    },
    diagnostics: sink.items,
  };
}

function readThumbnail(value: unknown, site: SiteConfig, sink: DiagnosticSink, line: number, bundleSlug: string | null): Thumbnail | null {
  if (value === undefined || value === null || value === "") return null;
  let src: unknown = value;
  let { list, post } = site.defaults.thumbnail;
  if (typeof value === "object" && !Array.isArray(value)) {
    const v = value as { src?: unknown; visibility?: unknown };
    src = v.src;
    if (Array.isArray(v.visibility)) {
      list = v.visibility.includes("list");
      post = v.visibility.includes("post");
    }
  }
  if (typeof src !== "string" || !src.trim()) {
    sink.warn(line, "`thumbnail` should be a URL or `{src, visibility}`; ignored");
    return null;
  }
  // In a page bundle, a bare file name is the image beside the article.
  const bundled = bundleSlug && /^[\w.-]+\.(jpe?g|png|gif|webp|avif)$/i.test(src.trim()) ? bundleFileUrl(bundleSlug, src.trim()) : null;
  const safe = bundled ?? safeImageUrl(src);
  if (!safe) {
    sink.warn(line, `\`thumbnail\` "${truncateChars(src, 60)}" is not an https:, http: or site-relative URL (or an image of the page bundle); dropped`);
    return null;
  }
  return { src: safe, list, post };
}
