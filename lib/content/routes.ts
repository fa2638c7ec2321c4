/**
 * What a site path names, decided the way the pages decide it (app/posts/[slug], app/page/[n],
 * app/[taxonomy], app/[taxonomy]/[term]/[[...page]]): the Node host's proxy.ts answers a path that
 * is "missing" with the prebuilt 404 page. (Next 16 sends a 404 that a page finds at runtime as an
 * empty HTML shell drawn by the browser: vercel/next.js#62228.)
 */
import { parsePageParam } from "../pagination";
import { decodeParam, isTaxonomy } from "../urls";
import type { ContentIndex } from "./index";
import { aliasTarget, getArticle, getTerm, isActiveTaxonomy, latestPage, termPage } from "./queries";

/** "page": a page of the site; "missing": its route would answer 404; "other": not ours to judge. */
export type PathKind = "page" | "missing" | "other";

export function resolvePath(pathname: string, index: ContentIndex): PathKind {
  const raw = pathname.split("/").filter(Boolean);
  // Files (public/, build output, feeds, sitemaps, bundle images) and Next's own paths.
  if (raw.length && (raw[0].startsWith("_") || (!pathname.endsWith("/") && raw[raw.length - 1].includes(".")))) return "other";
  const s = raw.map((x) => decodeParam(x));
  if (s.length === 0) return "page";
  if (s[0] === "search" && s.length === 1) return "other";
  if (s[0] === "posts" && s.length === 3) return "other"; // a page bundle's image: its route answers
  const found = (ok: boolean): PathKind => (ok || aliasTarget(raw, index) ? "page" : "missing");
  if (s[0] === "posts" && s.length === 2) return found(!!getArticle(s[1], index));
  if (s[0] === "page" && s.length === 2) return found(s[1] === "1" || (parsePageParam(s[1]) !== null && latestPage(parsePageParam(s[1])!, index) !== null));
  if (isTaxonomy(s[0])) {
    if (s.length === 1) return found(isActiveTaxonomy(s[0], index));
    const term = getTerm(s[0], s[1], index);
    if (s.length === 2) return found(!!term);
    if (s.length === 4 && s[2] === "page" && term) return found(s[3] === "1" || (parsePageParam(s[3]) !== null && termPage(term, parsePageParam(s[3])!, index) !== null));
  }
  return found(false);
}
