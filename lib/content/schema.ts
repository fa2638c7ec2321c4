/**
 * The front matter, declared once: every key an article may set (the Hugo/Mainroad export's and
 * Hugo's own page keys), its type, its default and what it means. The parser (./article reads each
 * key with the reader of its type, ./fields), `npm run check` (unknown keys), `npm run new` (the keys
 * and values of a new article) and the README's table (written from `frontMatterTable`) read this
 * list; a key added here is documented, checked and written by all of them.
 */
import type { SiteConfig } from "../config";

/** How a value is read; what a bad value becomes is the type's (see TYPES). */
export type FieldType =
  | "text"
  | "list"
  | "terms"
  | "flag"
  | "date"
  | "optional-date"
  | "number"
  | "sidebar"
  | "widgets"
  | "thumbnail"
  | "paths"
  | "path"
  | "unused";

/** What the fields of a new article (`npm run new`) are made from. */
export interface NewArticleInput {
  title: string;
  date: string;
  tags: string[];
  categories: string[];
  lang: string;
}

export interface FieldSpec {
  key: string;
  type: FieldType;
  /** The value when the key is absent (or unusable), when it is not the type's empty value. */
  default?: (site: SiteConfig) => unknown;
  /** A single value where a list belongs is fine (Hugo's `lang: en`, the export's `lang: [en]`). */
  single?: boolean;
  /** What the key means, for the README. */
  doc: string;
  /** The default in words, when it is worked out from other keys rather than a value. */
  defaultDoc?: string;
  /** What a bad value becomes, when it differs from the type's rule. */
  bad?: string;
  /** The value `npm run new` writes; keys without one are left out of a new article. */
  template?: (input: NewArticleInput, site: SiteConfig) => unknown;
}

/** Each type: the value of an absent key, and what a bad value becomes (for the README). */
export const TYPES: Record<FieldType, { empty: unknown; label: string; bad: string }> = {
  text: { empty: "", label: "text", bad: "a list is joined with spaces; anything else is ignored" },
  list: {
    empty: [],
    label: "list",
    bad: "a single value is read as a one-item list; entries that are not text dropped",
  },
  terms: {
    empty: [],
    label: "list of terms",
    bad: "a single value is read as a one-item list; the first 100 kept, names over 60 characters shortened",
  },
  flag: { empty: false, label: "true / false", bad: "the default" },
  date: { empty: null, label: "date", bad: "undated: listed after every dated article" },
  "optional-date": { empty: null, label: "date", bad: "ignored" },
  number: { empty: 0, label: "number", bad: "ignored" },
  sidebar: { empty: "right", label: "`left`, `right`, `true`, `false`", bad: "the default" },
  widgets: { empty: [], label: "list of widget names", bad: "an unknown name is not rendered" },
  thumbnail: { empty: null, label: "URL or `{src, visibility}`", bad: "dropped (`javascript:`, `data:`…)" },
  paths: { empty: [], label: "list of site paths", bad: "a URL of another site, or `..`, is ignored" },
  path: { empty: [], label: "site path", bad: "a URL of another site, or `..`, is ignored" },
  unused: { empty: undefined, label: "any", bad: "—" },
};

export const FRONT_MATTER = [
  {
    key: "title",
    type: "text",
    doc: "h1, card title, `<title>`, thumbnail `alt`, pager label; over 300 characters shortened",
    defaultDoc: "the first sentence of the summary or body",
    template: (a) => a.title,
  },
  {
    key: "date",
    type: "date",
    doc:
      "`2025-02-07 17:31:11`, `2025-02-07`, ISO 8601 with or without zone, or RFC 2822 " +
      "(`Fri, 21 Aug 2026 11:00:00 +0800`). No zone = the site's time zone; an explicit zone wins",
    defaultDoc: "none: undated, listed after every dated article",
    template: (a) => a.date,
  },
  {
    key: "summary",
    type: "text",
    doc: "card text and meta description",
    defaultDoc:
      "what stands before `<!--more-->`, else a plain-text excerpt of the body (about 120 Chinese characters " +
      "or 50 words, cut at a sentence)",
    template: () => "",
  },
  {
    key: "categories",
    type: "terms",
    doc: "terms → `/categories/<term>/` (lower-cased, spaces → `-`, Chinese kept)",
    template: (a) => a.categories,
  },
  {
    key: "lang",
    type: "list",
    single: true,
    default: (site) => [site.language],
    doc:
      "the article's language (`zh-CN`, `zh-HK`, `en` …; a one-item list as in the export works): " +
      "its `lang` attribute",
    template: (a) => [a.lang],
  },
  { key: "translations", type: "unused", doc: "read, not used", template: (a) => [a.lang] },
  { key: "tags", type: "terms", doc: "terms → `/tags/<term>/`, as categories", template: (a) => a.tags },
  {
    key: "menu",
    type: "list",
    single: true,
    doc: '`main` or `footer` (or a list): the article is listed in that menu after the configured entries; `""` = none',
    template: () => "",
  },
  {
    key: "thumbnail",
    type: "thumbnail",
    doc:
      "`https:`, `http:` or site-relative URL, or `{src, visibility: [list, post]}`; in a page bundle, " +
      "the name of an image beside the article",
    template: () => "",
  },
  { key: "lead", type: "text", doc: "italic line under the title, on the article and its card", template: () => "" },
  {
    key: "comments",
    type: "flag",
    doc: "read; no comment provider is configured, so no third-party code is ever loaded",
    template: () => false,
  },
  {
    key: "authorbox",
    type: "flag",
    default: (site) => site.defaults.authorbox,
    doc: '"关于 {author}" box after the article (author from the site configuration)',
    template: (_, site) => site.defaults.authorbox,
  },
  {
    key: "pager",
    type: "flag",
    default: (site) => site.defaults.pager,
    doc: "上一篇 (older) / 下一篇 (newer) links with titles",
    template: (_, site) => site.defaults.pager,
  },
  {
    key: "toc",
    type: "flag",
    default: (site) => site.defaults.toc,
    doc: "table of contents of the h2/h3 headings (shown when there are at least two); headings get ids and anchors",
    template: (_, site) => site.defaults.toc,
  },
  {
    key: "mathjax",
    type: "flag",
    doc:
      "`$…$` and `$$…$$` rendered at build time by KaTeX as MathML (nothing from a CDN); " +
      "off by default: news is full of `$`",
    template: () => false,
  },
  {
    key: "sidebar",
    type: "sidebar",
    default: (site) => site.sidebar,
    doc: '`"right"`, `"left"`, `true` (= right), `false` (= none)',
    template: (_, site) => site.sidebar,
  },
  {
    key: "widgets",
    type: "widgets",
    default: (site) => site.widgets,
    doc:
      "ordered sidebar widgets for this article (`search`, `recent`, `categories`, `taglist`, `languages`); " +
      "replaces the site's list",
    template: (_, site) => site.widgets,
  },
  {
    key: "draft",
    type: "flag",
    doc: "`true`: shown by `npm run dev`, never published",
    template: () => true,
  },
  {
    key: "slug",
    type: "text",
    doc: "the URL `/posts/<slug>/`",
    defaultDoc:
      "the file name without `.md` (a page bundle's folder name), lower-cased, unsafe characters → `-`, dots " +
      "kept: the feed's `<id>.en.md` is `/posts/<id>.en/`, `<id>.zh-HK.md` is `/posts/<id>.zh-hk/`",
    bad: "unsafe characters → `-`",
  },
  { key: "url", type: "path", doc: "an old path of the article, as `aliases`" },
  {
    key: "aliases",
    type: "paths",
    doc:
      "old paths of the article (any depth, e.g. `/2019/01/old-post/`): a permanent (308) redirect to " +
      "`/posts/<slug>/` on the Node host, a page that sends the browser on in the static export; one that is a " +
      "page of the site, or another article's alias, is reported and ignored",
  },
  { key: "description", type: "text", doc: "meta description, when it should differ from the summary" },
  { key: "lastmod", type: "optional-date", doc: 'shown as "更新于 …" and used as `dateModified`' },
  { key: "publishDate", type: "optional-date", doc: "not published before (reported by the build and `check`)" },
  { key: "expiryDate", type: "optional-date", doc: "not published after (the dev server still shows it)" },
  { key: "weight", type: "number", doc: "> 0 pins an article to the top of the lists, lower first" },
  { key: "keywords", type: "unused", doc: "Hugo's; read, not used" },
  { key: "author", type: "unused", doc: "Hugo's; read, not used (the author box names the site's author)" },
  { key: "images", type: "unused", doc: "Hugo's; read, not used (`og:image` is the thumbnail)" },
  { key: "type", type: "unused", doc: "Hugo's; read, not used" },
  { key: "layout", type: "unused", doc: "Hugo's; read, not used" },
] as const satisfies readonly FieldSpec[];

export type FieldKey = (typeof FRONT_MATTER)[number]["key"];
export const FRONT_MATTER_KEYS: readonly FieldKey[] = FRONT_MATTER.map((f) => f.key);
const BY_KEY = new Map<string, FieldSpec>(FRONT_MATTER.map((f) => [f.key, f]));

export function fieldSpec(key: FieldKey): FieldSpec {
  return BY_KEY.get(key)!;
}

export function isFrontMatterKey(key: string): key is FieldKey {
  return BY_KEY.has(key);
}

/** The value of an absent key for this site. */
export function fieldDefault(spec: FieldSpec, site: SiteConfig): unknown {
  return spec.default ? spec.default(site) : TYPES[spec.type].empty;
}

/** The keys `npm run new` writes, in the export's order, with their values. */
export function newArticleFields(input: NewArticleInput, site: SiteConfig): [string, unknown][] {
  const fields: readonly FieldSpec[] = FRONT_MATTER;
  return fields.flatMap((f) => (f.template ? [[f.key, f.template(input, site)] as [string, unknown]] : []));
}

function describeDefault(f: FieldSpec, site: SiteConfig): string {
  if (f.defaultDoc) return f.defaultDoc;
  const v = fieldDefault(f, site);
  if (f.type === "unused") return "—";
  if (v === "" || v === null || (Array.isArray(v) && v.length === 0)) return "none";
  return `\`${Array.isArray(v) ? v.join(", ") : String(v)}\`${f.default ? " (site)" : ""}`;
}

/** The README's front-matter table, from this list and the site's defaults. */
export function frontMatterTable(site: SiteConfig): string {
  const rows = FRONT_MATTER.map((f: FieldSpec) => {
    const def = describeDefault(f, site);
    const bad = f.bad ?? TYPES[f.type].bad;
    return `| \`${f.key}\` | ${TYPES[f.type].label} | ${def} | ${f.doc} | ${bad} |`;
  });
  return ["| key | type | default | meaning | a bad value |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

const BEGIN = "<!-- front-matter table: written by `npm run docs` from lib/content/schema.ts -->";
const END = "<!-- end of front-matter table -->";

/** `readme` with its front-matter table (between the two marker comments) replaced by `table`. */
export function withFrontMatterTable(readme: string, table: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${BEGIN}" … "${END}" section`);
  return `${readme.slice(0, start + BEGIN.length)}\n${table}\n${readme.slice(end)}`;
}
