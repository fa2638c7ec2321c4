import { siteConfig } from "@/lib/config";
import { getIndex } from "@/lib/content";
import { activeTaxonomies, getTerm } from "@/lib/content/queries";
import { renderFeed } from "@/lib/feed";
import { ui } from "@/lib/i18n";
import { feedUrl, isTaxonomy, termUrl } from "@/lib/urls";
import { xmlResponse } from "@/lib/xml";

export const dynamic = "force-static";
// As every page (app/layout.tsx): the content folder is live on `next start`.
export const revalidate = 15;

export function generateStaticParams() {
  const index = getIndex();
  return activeTaxonomies(index).flatMap((taxonomy) =>
    index.terms[taxonomy].map((term) => ({ taxonomy, term: term.slug })),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ taxonomy: string; term: string }> }) {
  const { taxonomy, term: slug } = await params;
  const term = isTaxonomy(taxonomy) ? getTerm(taxonomy, slug) : null;
  if (!term) return new Response("Not found", { status: 404 });
  const title = `${ui.termTitle(ui[term.taxonomy], term.name)} - ${siteConfig.title}`;
  const articles = getIndex().termArticles[term.taxonomy].get(term.slug) ?? [];
  return xmlResponse(
    renderFeed(
      { title, link: termUrl(term.taxonomy, term.slug), self: feedUrl(term.taxonomy, term.slug), description: title },
      articles,
    ),
    "application/rss+xml",
  );
}
