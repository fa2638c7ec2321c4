/**
 * What a site path names, decided the way the pages decide it (app/posts/[slug], app/page/[n],
 * app/[taxonomy], app/[taxonomy]/[term]/[[...page]], the last two also the archive's years, months
 * and days): the Node host's proxy.ts answers a path that
 * is "missing" with the prebuilt 404 page. (Next 16 sends a 404 that a page finds at runtime as an
 * empty HTML shell drawn by the browser: vercel/next.js#62228.)
 */
import { parsePageParam } from "../pagination";
import { routeOf } from "../urls";
import type { ContentIndex } from "./index";
import {
  aliasTarget,
  dayPage,
  getArticle,
  getDay,
  getMonth,
  getTerm,
  getYear,
  isActiveTaxonomy,
  latestPage,
  termPage,
} from "./queries";

/** "page": a page of the site; "missing": its route would answer 404; "other": not ours to judge. */
export type PathKind = "page" | "missing" | "other";

export function resolvePath(pathname: string, index: ContentIndex): PathKind {
  const r = routeOf(pathname);
  // Files (public/, build output, feeds, sitemaps), Next's own paths, search (a static page), and a
  // page bundle's images (their route answers).
  if (r.route === "file" || r.route === "search" || r.route === "bundle-file") return "other";
  if (r.route === "archives") return "page";
  if (r.route === "home" && r.page === null) return "page";
  const found = (ok: boolean): PathKind =>
    ok || aliasTarget(pathname.split("/").filter(Boolean), index) ? "page" : "missing";
  const pageExists = (page: string, exists: (n: number) => boolean) => {
    const n = parsePageParam(page);
    return page === "1" || (n !== null && exists(n));
  };
  switch (r.route) {
    case "article":
      return found(!!getArticle(r.slug, index));
    case "home":
      return found(pageExists(r.page!, (n) => latestPage(n, index) !== null));
    case "taxonomy":
      return found(isActiveTaxonomy(r.taxonomy, index));
    case "term": {
      const term = getTerm(r.taxonomy, r.term, index);
      if (r.page === null || !term) return found(!!term);
      return found(pageExists(r.page, (n) => termPage(term, n, index) !== null));
    }
    case "year":
      return found(!!getYear(r.year, index));
    case "month":
      return found(!!getMonth(r.year, r.month, index));
    case "day": {
      const day = getDay(r.year, r.month, r.day, index);
      if (r.page === null || !day) return found(!!day);
      return found(pageExists(r.page, (n) => dayPage(day, n) !== null));
    }
    default:
      return found(false);
  }
}
