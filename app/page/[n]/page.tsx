import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { PageShell } from "@/components/templates/PageShell";
import { prebuildLimits, siteConfig } from "@/lib/config";
import { homePageCount, latestPage, storyCards } from "@/lib/content/queries";
import { ui } from "@/lib/i18n";
import { parsePageParam } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { homeUrl } from "@/lib/urls";

type Props = { params: Promise<{ n: string }> };

export function generateStaticParams() {
  const pages = Math.min(homePageCount(), prebuildLimits().listPages);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ n: String(i + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = parsePageParam((await params).n);
  return n ? pageMetadata({ title: ui.page(n), path: homeUrl(n) }) : {};
}

export default async function HomePageN({ params }: Props) {
  const raw = (await params).n;
  if (raw === "1") permanentRedirect(homeUrl());
  const n = parsePageParam(raw);
  const page = n ? latestPage(n) : null;
  if (!page) notFound();
  return (
    <PageShell>
      <h1 className="sr-only">
        {siteConfig.title} · {ui.page(page.page)}
      </h1>
      <ArticleList cards={storyCards(page.items)} page={page.page} totalPages={page.totalPages} href={homeUrl} />
    </PageShell>
  );
}
