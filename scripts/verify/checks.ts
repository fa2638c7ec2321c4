/**
 * Checks of a built static export (`npm run export`), run by `npm run verify` (scripts/verify-site.ts)
 * in CI. Build-time only: nothing in app/, components/ or lib/ imports this.
 * - links: a crawler from the home page follows every internal link, feed and sitemap entry, and
 *   finds each target as nginx would (scripts/nginx.conf: $uri, $uri/index.html, $uri.html); no
 *   target may be missing and every page of the export must be reachable from the home page;
 * - nothing lost: the articles the content folder validly holds are exactly those in the sitemap,
 *   on their term pages and in the search index.
 */
import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { ContentIndex } from "../../lib/content/index";
import { activeTaxonomies } from "../../lib/content/queries";
import { articleUrl, routeOf, termUrl } from "../../lib/urls";
import { unescapeXml } from "../../lib/xml";

export interface Problem {
  kind: "broken link" | "unreachable" | "lost" | "extra";
  detail: string;
}

/** Every URL an HTML page or an XML feed/sitemap points at (links, forms, feeds, images, scripts, styles). */
export function linksIn(text: string, xml: boolean): string[] {
  const out: string[] = [];
  const attr = /\s(?:href|src|action)="([^"]*)"/g;
  for (const m of text.matchAll(attr)) out.push(unescapeXml(m[1]));
  if (xml)
    for (const m of text.matchAll(/<(?:loc|link|guid)(?:\s[^>]*)?>\s*([^<\s]+)\s*<\//g)) out.push(unescapeXml(m[1]));
  return out;
}

/** The site path a link names, or null when it leaves the site (another origin, mailto:, data:). */
export function sitePath(href: string, from: string, origin: string): string | null {
  if (/^(?:mailto|tel|javascript|data|blob):/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href, origin + from);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  return url.pathname;
}

/** The file nginx would answer a path with (try_files $uri $uri/index.html $uri.html), or null. */
export function fileFor(outDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const base = path.resolve(outDir);
  const target = path.resolve(base, "." + decoded);
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  const candidates = decoded.endsWith("/")
    ? [path.join(target, "index.html")]
    : [target, path.join(target, "index.html"), `${target}.html`];
  return candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
}

/** Pages of the export a reader should be able to reach: HTML pages and feeds, not redirects or 404s. */
export function exportPages(outDir: string): string[] {
  const pages: string[] = [];
  for (const rel of fs.readdirSync(outDir, { recursive: true }) as string[]) {
    const parts = rel.split(path.sep);
    if (
      parts[0] === "_next" ||
      parts[0] === "pagefind" ||
      parts[0] === "_not-found" ||
      parts[0] === "404" ||
      rel === "404.html"
    )
      continue;
    if (!/(^|\/)index\.(html|xml)$/.test(rel.split(path.sep).join("/"))) continue;
    const file = path.join(outDir, rel);
    // An old URL's redirect page is no page of its own.
    if (rel.endsWith(".html") && /<meta http-equiv="refresh"/i.test(fs.readFileSync(file, "utf8"))) continue;
    pages.push(file);
  }
  return pages.sort();
}

export interface CrawlResult {
  /** Files reached from the home page. */
  reached: Set<string>;
  problems: Problem[];
  /** Links followed (internal ones, each target checked once). */
  links: number;
}

/**
 * Breadth-first from `roots` (site paths). HTML pages and XML files are read and followed; other
 * files (images, scripts, styles, search index) are only checked to exist.
 */
export function crawl(outDir: string, origin: string, roots: string[]): CrawlResult {
  const reached = new Set<string>();
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const queue: { path: string; from: string }[] = roots.map((p) => ({ path: p, from: "(start)" }));
  let links = 0;
  while (queue.length) {
    const { path: urlPath, from } = queue.shift()!;
    if (seen.has(urlPath)) continue;
    seen.add(urlPath);
    links++;
    const file = fileFor(outDir, urlPath);
    if (!file) {
      problems.push({ kind: "broken link", detail: `${from} → ${urlPath}` });
      continue;
    }
    reached.add(file);
    const xml = file.endsWith(".xml");
    if (!xml && !file.endsWith(".html")) continue;
    for (const href of linksIn(fs.readFileSync(file, "utf8"), xml)) {
      const next = sitePath(href, urlPath, origin);
      if (next !== null && !seen.has(next)) queue.push({ path: next, from: urlPath });
    }
  }
  return { reached, problems, links };
}

/** Links, and pages no path from the home page reaches. */
export function checkLinks(outDir: string, origin: string): CrawlResult & { pages: number } {
  const fromHome = crawl(outDir, origin, ["/"]);
  // The sitemap and robots.txt are for crawlers: their entries must resolve too.
  const fromSitemap = crawl(outDir, origin, ["/sitemap.xml", "/robots.txt"]);
  const problems = [
    ...fromHome.problems,
    ...fromSitemap.problems.filter((p) => !fromHome.problems.some((q) => q.detail === p.detail)),
  ];
  const pages = exportPages(outDir);
  for (const page of pages) {
    if (!fromHome.reached.has(page)) problems.push({ kind: "unreachable", detail: path.relative(outDir, page) });
  }
  for (const file of fromSitemap.reached) {
    if (file.endsWith(".html") && !fromHome.reached.has(file))
      problems.push({ kind: "unreachable", detail: `${path.relative(outDir, file)} (in the sitemap)` });
  }
  return { reached: fromHome.reached, problems, links: fromHome.links + fromSitemap.links, pages: pages.length };
}

/** Article paths (`/posts/<slug>/`, decoded) among links. */
function articlePaths(hrefs: string[], origin: string): Set<string> {
  const out = new Set<string>();
  for (const href of hrefs) {
    const p = sitePath(href, "/", origin);
    const route = p?.endsWith("/") ? routeOf(p) : null;
    if (route?.route === "article") out.add(decodeURIComponent(articleUrl(route.slug)));
  }
  return out;
}

function compare(expected: Set<string>, found: Set<string>, where: string, problems: Problem[]) {
  for (const e of expected) if (!found.has(e)) problems.push({ kind: "lost", detail: `${e} is not in ${where}` });
  for (const f of found)
    if (!expected.has(f)) problems.push({ kind: "extra", detail: `${f} is in ${where} but not a published article` });
}

/** The sitemap, every term's pages and the search index hold exactly the index's articles. */
export function checkNothingLost(
  outDir: string,
  origin: string,
  index: ContentIndex,
): { problems: Problem[]; articles: number; termPages: number } {
  const problems: Problem[] = [];
  const expected = new Set(index.articles.map((a) => decodeURIComponent(articleUrl(a.slug))));

  // Sitemap: the index file and every file it lists.
  const sitemapLinks: string[] = [];
  const sitemapFiles = ["/sitemap.xml"];
  for (let i = 0; i < sitemapFiles.length; i++) {
    const file = fileFor(outDir, sitemapFiles[i]);
    if (!file) {
      problems.push({ kind: "lost", detail: `${sitemapFiles[i]} is missing` });
      continue;
    }
    for (const href of linksIn(fs.readFileSync(file, "utf8"), true)) {
      const p = sitePath(href, "/", origin);
      if (p?.endsWith(".xml")) sitemapFiles.push(p);
      else sitemapLinks.push(href);
    }
  }
  compare(expected, articlePaths(sitemapLinks, origin), "the sitemap", problems);

  // Term pages: each term's listing (all its pages), in <main> only (the sidebar lists other articles).
  let termPages = 0;
  for (const taxonomy of activeTaxonomies(index)) {
    for (const term of index.terms[taxonomy]) {
      // A card of a story also links its other sources (lib/content/stories).
      const want = new Set(
        (index.termArticles[taxonomy].get(term.slug) ?? [])
          .flatMap((a) => index.storyOf.get(a.slug)?.members ?? [a])
          .map((a) => decodeURIComponent(articleUrl(a.slug))),
      );
      const found = new Set<string>();
      for (let page = 1; ; page++) {
        const file = fileFor(outDir, termUrl(taxonomy, term.slug, page));
        if (!file) break;
        termPages++;
        const main = /<main\b[\s\S]*?<\/main>/.exec(fs.readFileSync(file, "utf8"))?.[0] ?? "";
        for (const p of articlePaths(linksIn(main, false), origin)) found.add(p);
      }
      compare(want, found, `the pages of ${decodeURIComponent(termUrl(taxonomy, term.slug))}`, problems);
    }
  }

  // Search index: Pagefind 1.x fragments, gzip of "pagefind_dcd" + JSON with the page's url.
  const fragments = path.join(outDir, "pagefind", "fragment");
  const searchUrls: string[] = [];
  if (fs.existsSync(fragments)) {
    for (const name of fs.readdirSync(fragments)) {
      const text = gunzipSync(fs.readFileSync(path.join(fragments, name))).toString("utf8");
      const json = JSON.parse(text.slice(text.indexOf("{"))) as { url: string };
      searchUrls.push(json.url);
    }
  } else {
    problems.push({ kind: "lost", detail: "the search index (pagefind/fragment) is missing" });
  }
  compare(expected, articlePaths(searchUrls, origin), "the search index", problems);
  if (new Set(searchUrls).size !== searchUrls.length)
    problems.push({ kind: "extra", detail: "the search index holds a page twice" });

  return { problems, articles: expected.size, termPages };
}
