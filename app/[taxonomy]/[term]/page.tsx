import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TermArticles } from "@/components/TermArticles";
import { siteConfig } from "@/lib/config";
import { getIndex } from "@/lib/content";
import { getTerm, termPage } from "@/lib/content/queries";
import { t } from "@/lib/i18n";
import { isTaxonomy, TAXONOMIES, termUrl } from "@/lib/urls";

type Props = { params: Promise<{ taxonomy: string; term: string }> };

export function generateStaticParams() {
  const index = getIndex();
  return TAXONOMIES.flatMap((taxonomy) => index.terms[taxonomy].map((term) => ({ taxonomy, term: term.slug })));
}

async function load(params: Props["params"]) {
  const { taxonomy, term: slug } = await params;
  const term = isTaxonomy(taxonomy) ? getTerm(taxonomy, slug) : null;
  return term ? { term, page: termPage(term, 1) } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const m = t(siteConfig.language);
  return {
    title: m.termTitle(m[found.term.taxonomy], found.term.name),
    alternates: { canonical: termUrl(found.term.taxonomy, found.term.slug) },
  };
}

export default async function TermPage({ params }: Props) {
  const found = await load(params);
  if (!found?.page) notFound();
  return <TermArticles term={found.term} articles={found.page.items} page={1} totalPages={found.page.totalPages} />;
}
