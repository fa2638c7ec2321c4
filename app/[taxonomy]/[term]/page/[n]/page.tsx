import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { TermArticles } from "@/components/TermArticles";
import { siteConfig } from "@/lib/config";
import { getIndex } from "@/lib/content";
import { getTerm, termPage } from "@/lib/content/queries";
import { t } from "@/lib/i18n";
import { pageCount, parsePageParam } from "@/lib/pagination";
import { isTaxonomy, TAXONOMIES, termUrl } from "@/lib/urls";

type Props = { params: Promise<{ taxonomy: string; term: string; n: string }> };

export function generateStaticParams() {
  const index = getIndex();
  return TAXONOMIES.flatMap((taxonomy) =>
    index.terms[taxonomy].flatMap((term) =>
      Array.from({ length: pageCount(term.count, siteConfig.pageSize) - 1 }, (_, i) => ({ taxonomy, term: term.slug, n: String(i + 2) })),
    ),
  );
}

async function load(params: Props["params"]) {
  const { taxonomy, term: slug, n: raw } = await params;
  const term = isTaxonomy(taxonomy) ? getTerm(taxonomy, slug) : null;
  if (term && raw === "1") permanentRedirect(termUrl(term.taxonomy, term.slug));
  const n = parsePageParam(raw);
  const page = term && n ? termPage(term, n) : null;
  return term && page ? { term, page } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const m = t(siteConfig.language);
  return { title: `${m.termTitle(m[found.term.taxonomy], found.term.name)} · ${m.page(found.page.page)}` };
}

export default async function TermPageN({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return <TermArticles term={found.term} articles={found.page.items} page={found.page.page} totalPages={found.page.totalPages} />;
}
