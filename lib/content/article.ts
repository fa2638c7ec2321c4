/**
 * One Markdown file → one Article record. The keys, their types and defaults are declared in
 * ./schema and read by ./fields; the body by ./body; the thumbnail checked by ./thumbnail. Here they
 * are put together, and the rules that span keys applied (a title from the summary or body, a slug
 * from the file name). Messy input is repaired with a warning; only a file that cannot be an
 * article at all is an error.
 */
import type { SidebarSide, SiteConfig } from "../config";
import { languageName } from "../i18n";
import { excerpt, markdownToPlainText, titleFromText, truncateChars } from "../text";
import { isBundleIndex, slugFromFileName, termSlug, urlSegment } from "../urls";
import { readBody, type SourceLink } from "./body";
import { cleanText } from "./clean";
import { bodyFingerprint } from "./copies";
import { DiagnosticSink, type Diagnostic } from "./diagnostics";
import { readField, type FieldContext, type TermRef } from "./fields";
import { readFrontMatter, type FrontMatter, type FrontMatterError } from "./frontmatter";
import { isFrontMatterKey } from "./schema";
import { resolveThumbnail, type Thumbnail } from "./thumbnail";

export type { SourceLink } from "./body";
export type { TermRef } from "./fields";
export type { Thumbnail } from "./thumbnail";
export { MAX_BODY_BYTES } from "./body";
export { MAX_TERM_CHARS, MAX_TERMS } from "./fields";

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
  /** The body with whitespace normalised, hashed: two files with the same title and fingerprint are copies (./copies). */
  fingerprint: string;
}

/** An article with its Markdown body (without the trailing source line). The index keeps no bodies. */
export interface ParsedArticle extends Article {
  body: string;
}

export interface ParseResult {
  article: ParsedArticle | null;
  diagnostics: Diagnostic[];
}

/** A title's length, in characters. */
export const MAX_TITLE_CHARS = 300;

export function parseArticle(file: string, raw: string, site: SiteConfig): ParseResult {
  const sink = new DiagnosticSink(file);
  const text = cleanText(raw, sink);

  let fm: FrontMatter;
  try {
    fm = readFrontMatter(text);
  } catch (e) {
    const err = e as FrontMatterError;
    const format = err.format === "toml" || err.format === "json" ? err.format : "yaml";
    sink.report("front-matter-syntax", err.line ?? 1, { format, reason: err.reason ?? err.message }, err.column ?? 1);
    return { article: null, diagnostics: sink.items };
  }
  const ctx: FieldContext = { data: fm.data, line: (key) => fm.keyLine(key), sink, site };
  const field = <K extends Parameters<typeof readField>[0]>(key: K) => readField(key, ctx);

  for (const key of Object.keys(fm.data)) {
    if (!isFrontMatterKey(key)) sink.report("unknown-key", ctx.line(key), { key });
  }

  const bodyLine = text.slice(0, text.length - fm.body.length).split("\n").length;
  const body = readBody(fm.body, bodyLine, sink, site);
  // Plain text only when a fallback needs it: this runs for every article of the index.
  let plainText: string | undefined;
  const plain = () => (plainText ??= markdownToPlainText(body.markdown));

  const summary =
    field("summary") ||
    (body.beforeMore !== null ? excerpt(markdownToPlainText(body.beforeMore)) : "") ||
    excerpt(plain());

  let title = field("title");
  if (Array.from(title).length > MAX_TITLE_CHARS) {
    title = truncateChars(title, MAX_TITLE_CHARS);
    sink.report("title-too-long", ctx.line("title"), { max: MAX_TITLE_CHARS, shown: truncateChars(title, 20) });
  }
  if (!title) {
    title = titleFromText(summary || plain());
    if (!title) {
      sink.report("no-content", ctx.line("title"), {});
      return { article: null, diagnostics: sink.items };
    }
    sink.report("title-missing", ctx.line("title"), { title });
  }

  const date = field("date");
  if (date === undefined) sink.report("missing-date", ctx.line("date"), {});

  const slugValue = field("slug");
  const slug = (slugValue && urlSegment(slugValue)) || slugFromFileName(file) || "article";
  if (slugValue && urlSegment(slugValue) !== slugValue) {
    sink.report("unsafe-slug", ctx.line("slug"), { value: slugValue, slug });
  }
  const lang = field("lang")[0];
  const sidebar = field("sidebar");
  const widgets = field("widgets");
  const weight = field("weight");
  const aliases = [...field("aliases"), ...field("url")];
  const bundle = isBundleIndex(file);

  return {
    article: {
      slug,
      file,
      title,
      date: date ?? null,
      summary,
      lead: field("lead"),
      lang,
      categories: field("categories"),
      languages: [{ name: languageName(lang, site.language), slug: termSlug(lang) || "und" }],
      tags: field("tags"),
      thumbnail: resolveThumbnail(field("thumbnail"), bundle ? slug : null, sink, ctx.line("thumbnail")),
      menu: field("menu"),
      comments: field("comments"),
      authorbox: field("authorbox"),
      pager: field("pager"),
      toc: field("toc"),
      mathjax: field("mathjax"),
      sidebar,
      widgets,
      draft: field("draft"),
      bundle,
      description: field("description"),
      updated: field("lastmod"),
      weight,
      aliases,
      publishDate: field("publishDate"),
      expiryDate: field("expiryDate"),
      body: body.markdown,
      source: body.source,
      fingerprint: bodyFingerprint(body.markdown),
    },
    diagnostics: sink.items,
  };
}
