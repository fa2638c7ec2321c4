import { ArticleList } from "@/components/ArticleList";
import { PageShell } from "@/components/templates/PageShell";
import { siteConfig } from "@/lib/config";
import { pageMetadata } from "@/lib/seo";
import { latestPage, storyCards } from "@/lib/content/queries";
import { homeUrl } from "@/lib/urls";

export const metadata = pageMetadata({ path: homeUrl() });

export default function HomePage() {
  const page = latestPage(1);
  return (
    <PageShell>
      <h1 className="sr-only">{siteConfig.title}</h1>
      <ArticleList cards={storyCards(page?.items ?? [])} page={1} totalPages={page?.totalPages ?? 1} href={homeUrl} />
    </PageShell>
  );
}
