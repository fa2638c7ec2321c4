import { getIndex } from "@/lib/content";
import { renderUrlset, SITEMAP_LIMIT, sitemapEntries } from "@/lib/sitemap";
import { xmlResponse } from "@/lib/xml";

export const dynamic = "force-static";
// As every page (app/layout.tsx): the content folder is live on `next start`.
export const revalidate = 15;
export const dynamicParams = false;

export function generateStaticParams() {
  const parts = Math.ceil(sitemapEntries(getIndex()).length / SITEMAP_LIMIT);
  // A static export needs at least one file even when the site fits in /sitemap.xml.
  return Array.from({ length: Math.max(1, parts) }, (_, i) => ({ file: `${i}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const n = Number(/^(\d+)\.xml$/.exec((await params).file)?.[1] ?? NaN);
  const entries = sitemapEntries(getIndex());
  if (!Number.isInteger(n) || n * SITEMAP_LIMIT >= Math.max(entries.length, 1))
    return new Response("Not found", { status: 404 });
  return xmlResponse(renderUrlset(entries.slice(n * SITEMAP_LIMIT, (n + 1) * SITEMAP_LIMIT)));
}
