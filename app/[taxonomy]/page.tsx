import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AliasRedirect } from "@/components/templates/AliasRedirect";
import { PageShell } from "@/components/templates/PageShell";
import { TermCounts } from "@/components/widgets/TermCounts";
import { isStaticExport } from "@/lib/config";
import { activeTaxonomies, aliasSegments, aliasTarget, getTerms, isActiveTaxonomy } from "@/lib/content/queries";
import { ui } from "@/lib/i18n";
import { pageMetadata } from "@/lib/seo";
import { articleUrl, isTaxonomy, taxonomyUrl } from "@/lib/urls";

type Props = { params: Promise<{ taxonomy: string }> };

export function generateStaticParams() {
  // Old one-segment URLs (`aliases: ["/old-post/"]`) are redirect pages in the static export.
  const moved = isStaticExport() ? aliasSegments().filter((s) => s.length === 1) : [];
  return [...activeTaxonomies().map((taxonomy) => ({ taxonomy })), ...moved.map(([taxonomy]) => ({ taxonomy }))];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { taxonomy } = await params;
  return isTaxonomy(taxonomy) ? pageMetadata({ title: ui[taxonomy], path: taxonomyUrl(taxonomy) }) : {};
}

export default async function TaxonomyPage({ params }: Props) {
  const { taxonomy } = await params;
  if (!isTaxonomy(taxonomy) || !isActiveTaxonomy(taxonomy)) {
    const moved = aliasTarget([taxonomy]);
    if (moved) return <AliasRedirect to={articleUrl(moved.slug)} title={moved.title} />;
    notFound();
  }
  return (
    <PageShell>
      <div className="rounded bg-paper p-4 shadow-sm sm:p-6">
        <h1 className="mb-4 text-2xl font-bold">{ui[taxonomy]}</h1>
        <TermCounts terms={getTerms(taxonomy)} inline />
      </div>
    </PageShell>
  );
}
