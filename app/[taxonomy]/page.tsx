import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { YearArchive } from "@/components/templates/Archive";
import { PageShell } from "@/components/templates/PageShell";
import { TermCounts } from "@/components/widgets/TermCounts";
import { prebuildLimits, siteConfig } from "@/lib/config";
import {
  activeTaxonomies,
  aliasTarget,
  getTerms,
  getYear,
  isActiveTaxonomy,
  prebuiltDays,
} from "@/lib/content/queries";
import { formatDayKey } from "@/lib/dates";
import { ui } from "@/lib/i18n";
import { pageMetadata } from "@/lib/seo";
import { archiveUrl, articleUrl, isTaxonomy, isYearSegment, taxonomyUrl } from "@/lib/urls";

// `/tags/` and the archive's years (`/2026/`: a dynamic first segment that is four digits).
type Props = { params: Promise<{ taxonomy: string }> };

export function generateStaticParams() {
  const years = new Set(prebuiltDays(prebuildLimits().articles).map((d) => d.key.slice(0, 4)));
  return [...activeTaxonomies().map((taxonomy) => ({ taxonomy })), ...[...years].map((taxonomy) => ({ taxonomy }))];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { taxonomy } = await params;
  const year = isYearSegment(taxonomy) ? getYear(taxonomy) : null;
  if (year) return pageMetadata({ title: formatDayKey(year.key, siteConfig.language), path: archiveUrl(year.key) });
  return isTaxonomy(taxonomy) ? pageMetadata({ title: ui[taxonomy], path: taxonomyUrl(taxonomy) }) : {};
}

export default async function TaxonomyPage({ params }: Props) {
  const { taxonomy } = await params;
  const year = isYearSegment(taxonomy) ? getYear(taxonomy) : null;
  if (year) return <YearArchive year={year} />;
  if (!isTaxonomy(taxonomy) || !isActiveTaxonomy(taxonomy)) {
    // An old one-segment URL (`aliases: ["/old-post/"]`); the static export writes its page (lib/redirects).
    const moved = aliasTarget([taxonomy]);
    if (moved) permanentRedirect(articleUrl(moved.slug));
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
