import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { DayArticles, MonthArchive } from "@/components/templates/Archive";
import { TermArticles } from "@/components/templates/TermArticles";
import { prebuildLimits, siteConfig } from "@/lib/config";
import { getIndex } from "@/lib/content";
import {
  activeTaxonomies,
  aliasTarget,
  dayNeighbours,
  dayPage,
  getDay,
  getMonth,
  getTerm,
  storyCards,
  monthNeighbours,
  prebuiltDays,
  termPage,
} from "@/lib/content/queries";
import { formatDayKey } from "@/lib/dates";
import { ui } from "@/lib/i18n";
import { pageCount, parsePageParam } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { archiveUrl, articleUrl, feedUrl, isTaxonomy, isYearSegment, termUrl } from "@/lib/urls";

// One route for `/tags/<term>/` and `/tags/<term>/page/N/` (and the same for categories), so every
// term has at least its first page and a static export never meets an empty route. A first segment
// of four digits is the archive's instead: `/2026/08/` (a month), `/2026/08/22/` and
// `/2026/08/22/page/N/` (a day).
type Props = { params: Promise<{ taxonomy: string; term: string; page?: string[] }> };

export function generateStaticParams() {
  const index = getIndex();
  const limit = prebuildLimits().listPages;
  const days = prebuiltDays(prebuildLimits().articles, index);
  const months = new Set(days.map((d) => d.key.slice(0, 7)));
  return [
    ...[...months].map((m) => ({ taxonomy: m.slice(0, 4), term: m.slice(5), page: [] as string[] })),
    ...days.flatMap((day) => {
      const [taxonomy, term, d] = day.key.split("-");
      const pages = Math.min(pageCount(day.articles.length, siteConfig.pageSize), limit);
      return Array.from({ length: Math.max(1, pages) }, (_, i) => ({
        taxonomy,
        term,
        page: i === 0 ? [d] : [d, "page", String(i + 1)],
      }));
    }),
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

/** `/2026/08/…`: a month, or a page of a day; null when there is no such page. */
async function loadArchive(params: Props["params"]) {
  const { taxonomy: year, term: month, page: rest = [] } = await params;
  if (rest.length === 0) {
    const found = getMonth(year, month);
    return found && { kind: "month" as const, month: found, ...monthNeighbours(found) };
  }
  const day = rest.length === 1 || (rest.length === 3 && rest[1] === "page") ? getDay(year, month, rest[0]) : null;
  if (!day) return null;
  if (rest[2] === "1") permanentRedirect(archiveUrl(day.key));
  const n = rest.length === 1 ? 1 : parsePageParam(rest[2]);
  const page = n ? dayPage(day, n) : null;
  return page && { kind: "day" as const, day, page, ...dayNeighbours(day) };
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
  if (isYearSegment((await params).taxonomy)) {
    const archive = await loadArchive(params);
    if (!archive) return {};
    const key = archive.kind === "month" ? archive.month.key : archive.day.key;
    const title = formatDayKey(key, siteConfig.language);
    const n = archive.kind === "day" ? archive.page.page : 1;
    return pageMetadata({ title: n > 1 ? `${title} · ${ui.page(n)}` : title, path: archiveUrl(key, n) });
  }
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
  const archive = isYearSegment((await params).taxonomy) ? await loadArchive(params) : null;
  if (archive?.kind === "month") return <MonthArchive {...archive} />;
  if (archive?.kind === "day") {
    const { page, ...rest } = archive;
    return <DayArticles {...rest} cards={storyCards(page.items)} page={page.page} totalPages={page.totalPages} />;
  }
  const found = await load(params);
  if (!found?.page) {
    const { taxonomy, term, page = [] } = await params;
    // An old URL (`aliases`); the static export writes its page (lib/redirects).
    const moved = aliasTarget([taxonomy, term, ...page]);
    if (moved) permanentRedirect(articleUrl(moved.slug));
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
