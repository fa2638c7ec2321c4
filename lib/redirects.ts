/**
 * The static export's pages for old URLs: an article's `aliases`/`url`, and the URL of each copy
 * (lib/content/copies), which a static host cannot answer with a redirect. On the Node host these
 * paths are permanent (308) redirects the routes answer themselves; in the export
 * `scripts/export-redirects.ts` writes one small page per path after the build, as Hugo writes its
 * alias pages: a prerendered Next page for each cost ~18 ms of build CPU (851 of the 2,961 pages of
 * the first 2,000 real articles) to say one line.
 */
import path from "node:path";
import { siteConfig } from "./config";
import type { ContentIndex } from "./content";
import { ui } from "./i18n";
import { absoluteUrl, articleUrl } from "./urls";
import { escapeXml } from "./xml";

export interface RedirectPage {
  /** The old path, decoded, without a trailing slash (`/posts/c1f3a9e2b7d04a55`). */
  from: string;
  /** Its file in the export, relative and with the system's separators (`posts/…/index.html`). */
  file: string;
  html: string;
}

/** A page that sends the browser on at once (meta refresh), tells crawlers where (canonical) and is never indexed. */
export function redirectHtml(to: string, title: string, lang: string): string {
  const href = escapeXml(to);
  return (
    `<!doctype html><html lang="${escapeXml(siteConfig.language)}"><head><meta charset="utf-8">` +
    `<title>${escapeXml(title)}</title><meta name="robots" content="noindex">` +
    `<link rel="canonical" href="${escapeXml(absoluteUrl(to))}">` +
    `<meta http-equiv="refresh" content="0; url=${href}"></head>` +
    `<body><p>${escapeXml(ui.movedTo)} <a href="${href}" lang="${escapeXml(lang)}">${escapeXml(title)}</a></p></body></html>\n`
  );
}

/** Every old path of the index (aliases and copies), in path order. */
export function redirectPages(index: ContentIndex): RedirectPage[] {
  return [...index.aliases]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, article]) => ({
      from,
      file: path.join(...from.split("/").filter(Boolean), "index.html"),
      html: redirectHtml(articleUrl(article.slug), article.title, article.lang),
    }));
}
