import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AliasRedirect } from "@/components/templates/AliasRedirect";
import { TermArticles } from "@/components/templates/TermArticles";
import { isStaticExport, prebuildLimits, siteConfig } from "@/lib/config";
import { getIndex } from "@/lib/content";
import { activeTaxonomies, aliasSegments, aliasTarget, getTerm, storyCards, termPage } from "@/lib/content/queries";
import { ui } from "@/lib/i18n";
import { pageCount, parsePageParam } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { articleUrl, feedUrl, isTaxonomy, termUrl } from "@/lib/urls";

// One route for `/tags/<term>/` and `/tags/<term>/page/N/` (and the same for categories), so every
// term has at least its first page and a static export never meets an empty route.
type Props = { params: Promise<{ taxonomy: string; term: string; page?: string[] }> };

export function generateStaticParams() {
  const index = getIndex();
  const limit = prebuildLimits().listPages;
  // Old URLs of two or more segments (outside /posts/ and /page/) are redirect pages in the static export.
  const moved = isStaticExport()
    ? aliasSegments(index)
        .filter((s) => s.length >= 2 && s[0] !== "posts" && s[0] !== "page")
        .map(([taxonomy, term, ...page]) => ({ taxonomy, term, page }))
    : [];
  return [
    ...moved,
    ...activeTaxonomies(index).flatMap((taxonomy) =>
      index.terms[taxonomy].flatMap((term) => [
        { taxonomy, term: term.slug, page: [] as string[] },
        ...Array.from(
          { length: Math.max(0, Math.min(pageCount(term.count, siteConfig.pageSize), limit) - 1) },
          (_, i) => ({
            taxonomy,
            term: term.slug,
            page: ["page", String(i + 2)],
          }),
        ),
      ]),
    ),
  ];
}

async function load(params: Props["params"]) {
  const { taxonomy, term: slug, page: rest = [] } = await params;
  const term = isTaxonomy(taxonomy) ? getTerm(taxonomy, slug) : null;
  if (!term) return null;
  if (rest.length === 0) return { term, page: termPage(term, 1) };
  if (rest.length !== 2 || rest[0] !== "page") return null;
  if (rest[1] === "1") permanentRedirect(termUrl(term.taxonomy, term.slug));
  const n = parsePageParam(rest[1]);
  const page = n ? termPage(term, n) : null;
  return page ? { term, page } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found?.page) return {};
  const title = ui.termTitle(ui[found.term.taxonomy], found.term.name);
  return pageMetadata({
    title: found.page.page > 1 ? `${title} · ${ui.page(found.page.page)}` : title,
    description: `${title} - ${siteConfig.title}`,
    path: termUrl(found.term.taxonomy, found.term.slug, found.page.page),
    feed: { url: feedUrl(found.term.taxonomy, found.term.slug), title },
  });
}

export default async function TermPage({ params }: Props) {
  const found = await load(params);
  if (!found?.page) {
    const { taxonomy, term, page = [] } = await params;
    const moved = aliasTarget([taxonomy, term, ...page]);
    if (moved) return <AliasRedirect to={articleUrl(moved.slug)} title={moved.title} />;
    notFound();
  }
  return (
    <TermArticles
      term={found.term}
      cards={storyCards(found.page.items)}
      page={found.page.page}
      totalPages={found.page.totalPages}
    />
  );
}
