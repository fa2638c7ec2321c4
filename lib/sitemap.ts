/** Every published URL of the site, for /sitemap.xml (split into an index of sitemaps past 50,000). */
import { siteConfig } from "./config";
import { isoDay } from "./dates";
import type { ContentIndex } from "./content";
import { pageCount } from "./pagination";
import { activeTaxonomies } from "./content/queries";
import {
  absoluteUrl,
  archivesUrl,
  archiveUrl,
  articleUrl,
  homeUrl,
  sitemapPartUrl,
  taxonomyUrl,
  termUrl,
} from "./urls";
import { escapeXml } from "./xml";

export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  url: string;
  lastmod?: string;
}

export function sitemapEntries(index: ContentIndex): SitemapEntry[] {
  const newest = index.articles.find((a) => a.date)?.date;
  const entries: SitemapEntry[] = [];
  const pages = pageCount(index.listed.length, siteConfig.pageSize);
  for (let n = 1; n <= pages; n++)
    entries.push({ url: homeUrl(n), lastmod: n === 1 && newest ? isoDay(newest, siteConfig.timeZone) : undefined });
  for (const a of index.articles) entries.push({ url: articleUrl(a.slug), lastmod: lastmodOf(a) });
  for (const taxonomy of activeTaxonomies(index)) {
    entries.push({ url: taxonomyUrl(taxonomy) });
    for (const term of index.terms[taxonomy]) {
      const termPages = pageCount(term.count, siteConfig.pageSize);
      for (let n = 1; n <= termPages; n++) entries.push({ url: termUrl(taxonomy, term.slug, n) });
    }
  }
  const { archive } = index;
  entries.push({ url: archivesUrl() });
  for (const year of archive.years) {
    entries.push({ url: archiveUrl(year.key) });
    for (const month of year.months) {
      entries.push({ url: archiveUrl(month.key) });
      for (const day of month.days) {
        const dayPages = pageCount(day.articles.length, siteConfig.pageSize);
        for (let n = 1; n <= dayPages; n++) entries.push({ url: archiveUrl(day.key, n), lastmod: day.key });
      }
    }
  }
  return entries;
}

/** The day an article last changed: its update's date (`lastmod`, or a later version of it), else its date. */
function lastmodOf(a: ContentIndex["articles"][number]): string | undefined {
  const when = a.updated && a.date && a.updated > a.date ? a.updated : a.date;
  return when ? isoDay(when, siteConfig.timeZone) : undefined;
}

export function renderUrlset(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `<url><loc>${escapeXml(absoluteUrl(e.url))}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function renderSitemapIndex(count: number): string {
  const maps = Array.from(
    { length: count },
    (_, i) => `<sitemap><loc>${escapeXml(absoluteUrl(sitemapPartUrl(i)))}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${maps.join("\n")}\n</sitemapindex>\n`;
}
