/** Every URL of the site comes from here; no route or component builds one by hand. */

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

export function searchUrl(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : "/search/";
}
