/**
 * Every URL of the site comes from here; no route or component builds one by hand. `routeOf` reads
 * a path back into the page it names, so the proxy, the alias check and the export checker agree
 * with the builders on what the site's paths are.
 */
import { baseUrl } from "./config";

/** Tags and categories from front matter; languages from each article's `lang` (shown when there are several). */
export type Taxonomy = "tags" | "categories" | "languages";
export const TAXONOMIES: readonly Taxonomy[] = ["tags", "categories", "languages"];

export function isTaxonomy(value: string): value is Taxonomy {
  return (TAXONOMIES as readonly string[]).includes(value);
}

/**
 * A path segment safe in any URL: lower-cased, letters (CJK included), digits, marks and `-_.~+`
 * kept, runs of anything else (spaces, slashes, `?`, `#`, `%`) turned into one `-`, no leading or
 * trailing `-`/`.`, so `../../etc/passwd` becomes `etc-passwd`.
 */
export function urlSegment(text: string): string {
  const segment = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}_.~+-]+/gu, "-")
    .replace(/\.{2,}/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return utf8Length(segment) <= MAX_SEGMENT_BYTES ? segment : shortenSegment(segment);
}

/**
 * A URL segment becomes a folder or file name in the static export, and file systems stop at 255
 * bytes: longer ones keep their first characters and a hash of the whole, so they stay distinct.
 */
export const MAX_SEGMENT_BYTES = 120;

const encoder = new TextEncoder();
const utf8Length = (s: string) => encoder.encode(s).length;

function shortenSegment(segment: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(segment)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  const suffix = `-${hash.toString(16).padStart(8, "0")}`;
  let head = "";
  for (const ch of segment) {
    if (utf8Length(head + ch) > MAX_SEGMENT_BYTES - suffix.length) break;
    head += ch;
  }
  return head.replace(/[-.]+$/, "") + suffix;
}

/** A Hugo page bundle: `a/index.md`, with the article's images beside it. */
export function isBundleIndex(file: string): boolean {
  return /(^|[\\/])index\.md$/i.test(file);
}

/** Slug of an article from its file name (`a/b/Foo Bar.md` → `foo-bar`; a bundle's `a/index.md` → `a`). */
export function slugFromFileName(relativePath: string): string {
  const parts = relativePath.split(/[\\/]/);
  const base = isBundleIndex(relativePath) && parts.length > 1 ? parts[parts.length - 2] : parts[parts.length - 1];
  return urlSegment(base.replace(/\.md$/i, ""));
}

/** A file of an article's bundle, served beside the article: `/posts/a/photo.jpg`. */
export function bundleFileUrl(slug: string, name: string): string {
  return `/posts/${encodeURIComponent(slug)}/${encodeURIComponent(name)}`;
}

export function termSlug(name: string): string {
  return urlSegment(name);
}

/** Route params arrive percent-encoded or raw depending on the host; both name the same page. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value).normalize("NFC");
  } catch {
    return value;
  }
}

/**
 * Where a request for `pathname` is sent to gain its trailing slash (`/tags` → `/tags/`), or null
 * when it is answered as it is. Next's own rule, turned off in next.config.ts, also took the slash
 * away from any path whose last segment has a dot (`/posts/<id>.en/` → `/posts/<id>.en`), so an
 * article of the real feed answered 308 at the URL the site names. Here a dotted last segment is
 * left alone both ways: with the slash it is a page (or a 404), without it a file (`/index.xml`,
 * `/posts/a/cover.png`) or the same page, answered by its route. Next's paths and `.well-known` too.
 */
export function trailingSlashRedirect(pathname: string): string | null {
  if (pathname.endsWith("/") || pathname.startsWith("/_next/") || pathname.startsWith("/.well-known/")) return null;
  return pathname.slice(pathname.lastIndexOf("/") + 1).includes(".") ? null : `${pathname}/`;
}

export function homeUrl(page = 1): string {
  return page > 1 ? `/page/${page}/` : "/";
}

export function articleUrl(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}/`;
}

export function taxonomyUrl(taxonomy: Taxonomy): string {
  return `/${taxonomy}/`;
}

export function termUrl(taxonomy: Taxonomy, slug: string, page = 1): string {
  const base = `/${taxonomy}/${encodeURIComponent(slug)}/`;
  return page > 1 ? `${base}page/${page}/` : base;
}

/** RSS: the site's at /index.xml, each term's at /tags/<term>/index.xml. */
export function feedUrl(taxonomy?: Taxonomy, slug?: string): string {
  return taxonomy && slug ? `/${taxonomy}/${encodeURIComponent(slug)}/index.xml` : "/index.xml";
}

/**
 * Days to browse, as Hugo's `:year/:month/:day` permalinks: `/2026/`, `/2026/08/`, `/2026/08/22/`
 * (and `/2026/08/22/page/2/`). `key` is `2026`, `2026-08` or `2026-08-22`.
 */
export function archiveUrl(key: string, page = 1): string {
  const base = `/${key.split("-").join("/")}/`;
  return page > 1 && key.length === 10 ? `${base}page/${page}/` : base;
}

/** Every year and month with its count. */
export function archivesUrl(): string {
  return "/archives/";
}

export function searchUrl(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : "/search/";
}

export function sitemapUrl(): string {
  return "/sitemap.xml";
}

/** Past 50,000 URLs, /sitemap.xml is an index of these. */
export function sitemapPartUrl(i: number): string {
  return `/sitemaps/${i}.xml`;
}

export function robotsUrl(): string {
  return "/robots.txt";
}

/** An absolute URL on this site (or the URL itself when it already is absolute). */
export function absoluteUrl(pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  return `${baseUrl()}${pathOrUrl.startsWith("/") ? "" : "/"}${pathOrUrl}`;
}

/** The page a site path names, by its shape alone; `page` and `term` are raw route segments. */
export type Route =
  | { route: "home"; page: string | null }
  | { route: "article"; slug: string }
  | { route: "bundle-file"; slug: string; file: string }
  | { route: "taxonomy"; taxonomy: Taxonomy }
  | { route: "term"; taxonomy: Taxonomy; term: string; page: string | null }
  | { route: "search" }
  | { route: "archives" }
  | { route: "year"; year: string }
  | { route: "month"; year: string; month: string }
  | { route: "day"; year: string; month: string; day: string; page: string | null }
  | { route: "file" }
  | { route: "unknown" };

/**
 * `/posts/a/` → article "a", `/tags/x/page/2/` → term "x" page "2", `/index.xml` → a file. Segments
 * are decoded (raw and percent-encoded paths name the same page); Next's own `/_…` paths are files.
 */
export function routeOf(pathname: string): Route {
  const raw = pathname.split("/").filter(Boolean);
  if (raw.length && (raw[0].startsWith("_") || (!pathname.endsWith("/") && raw[raw.length - 1].includes(".")))) {
    return { route: "file" };
  }
  const s = raw.map((x) => decodeParam(x));
  if (s.length === 0) return { route: "home", page: null };
  if (s[0] === "search" && s.length === 1) return { route: "search" };
  if (s[0] === "posts" && s.length === 2) return { route: "article", slug: s[1] };
  if (s[0] === "posts" && s.length === 3) return { route: "bundle-file", slug: s[1], file: s[2] };
  if (s[0] === "page" && s.length === 2) return { route: "home", page: s[1] };
  if (s[0] === "archives" && s.length === 1) return { route: "archives" };
  if (YEAR.test(s[0])) {
    const [year, month, day] = s;
    if (s.length === 1) return { route: "year", year };
    if (TWO_DIGITS.test(month)) {
      if (s.length === 2) return { route: "month", year, month };
      if (TWO_DIGITS.test(day)) {
        if (s.length === 3) return { route: "day", year, month, day, page: null };
        if (s.length === 5 && s[3] === "page") return { route: "day", year, month, day, page: s[4] };
      }
    }
    return { route: "unknown" };
  }
  if (isTaxonomy(s[0])) {
    if (s.length === 1) return { route: "taxonomy", taxonomy: s[0] };
    if (s.length === 2) return { route: "term", taxonomy: s[0], term: s[1], page: null };
    if (s.length === 4 && s[2] === "page") return { route: "term", taxonomy: s[0], term: s[1], page: s[3] };
  }
  return { route: "unknown" };
}

const YEAR = /^\d{4}$/;
const TWO_DIGITS = /^\d{2}$/;

/** Is a first path segment a year (`/2026/…`)? Such paths are the archive's, not a taxonomy's. */
export function isYearSegment(segment: string): boolean {
  return YEAR.test(segment);
}

/** Paths (decoded, no trailing slash) the site answers whatever its content: no alias may take them. */
export const FIXED_PATHS: ReadonlySet<string> = new Set(
  [searchUrl(), archivesUrl(), feedUrl(), sitemapUrl(), robotsUrl()].map((p) => p.replace(/\/$/, "")),
);

/**
 * "2019/01/旧文章/" or "/a/b.html?x" → "/2019/01/旧文章", "/a/b.html": a decoded site path without a
 * trailing slash, or null when unsafe.
 */
export function aliasPath(value: string): string | null {
  let v = value.trim();
  if (!v || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(v)) return null;
  v = v.split(/[?#]/)[0];
  try {
    v = decodeURIComponent(v);
  } catch {
    return null;
  }
  const segments = v.normalize("NFC").split("/").filter(Boolean);
  if (segments.length === 0 || segments.some((s) => s === "." || s === ".." || /[\u0000-\u001f<>"\\]/.test(s))) {
    return null;
  }
  return `/${segments.join("/")}`;
}

/** A thumbnail is `https:`, `http:` or site-relative; anything else (javascript:, data:) is dropped. */
export function safeImageUrl(src: string): string | null {
  const s = src.trim();
  if (/^https?:\/\/[^\s/]+/i.test(s)) return s;
  if (s.startsWith("/") && !s.startsWith("//")) return s;
  return null;
}
