/**
 * Long lists that every page repeats (the sidebar's categories, tags and recent titles, the term
 * index pages) are given to React as one HTML string: React renders a string in one step, where each
 * element of a JSX list costs the prerender its own work (README › Build cost: 18 KB of list as JSX
 * added ~11 ms to a bare page, the same markup as a string nothing measurable). Built once per list
 * and variant, and kept as long as the list (the index it belongs to) is.
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
