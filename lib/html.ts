/**
 * Long lists that pages repeat (the sidebar's categories and tags, the term index pages, the article
 * cards of components/markup.ts) are given to React as one HTML string: React renders a string in
 * one step, where each element of a JSX list costs the prerender its own work (`npm run
 * bench:elements`: 150 terms as 750 JSX elements add 16–23 ms to a bare page, the same markup as one
 * string 0–4 ms). Built once per list and variant, and kept as long as the list (the index it
 * belongs to) is.
 */
import { escapeXml } from "./xml";

const built = new WeakMap<object, Map<string, string>>();

/** `build()` for this list and variant the first time; the same string after that. */
export function cachedHtml(list: object, variant: string, build: () => string): string {
  let variants = built.get(list);
  if (!variants) built.set(list, (variants = new Map()));
  let html = variants.get(variant);
  if (html === undefined) variants.set(variant, (html = build()));
  return html;
}

/** Text or an attribute value, escaped for HTML (the characters React escapes, and `'`). */
export const escapeHtml = escapeXml;
