import { getIndex } from "@/lib/content";
import { renderSitemapIndex, renderUrlset, SITEMAP_LIMIT, sitemapEntries } from "@/lib/sitemap";
import { xmlResponse } from "@/lib/xml";

export const dynamic = "force-static";
// As every page (app/layout.tsx): the content folder is live on `next start`.
export const revalidate = 15;

/** One sitemap up to 50,000 URLs; past that, an index of /sitemaps/N.xml. */
export function GET() {
  const entries = sitemapEntries(getIndex());
  if (entries.length <= SITEMAP_LIMIT) return xmlResponse(renderUrlset(entries));
  return xmlResponse(renderSitemapIndex(Math.ceil(entries.length / SITEMAP_LIMIT)));
}
