import type { Metadata } from "next";
import { PageShell } from "@/components/PageShell";
import { SearchResults } from "@/components/search/SearchResults";
import { siteConfig } from "@/lib/config";
import { t } from "@/lib/i18n";
import { pageMetadata } from "@/lib/seo";
import { searchUrl } from "@/lib/urls";

export const metadata: Metadata = {
  ...pageMetadata({ title: t(siteConfig.language).searchTitle, path: searchUrl() }),
  robots: { index: false },
};

export default function SearchPage() {
  const m = t(siteConfig.language);
  return (
    <PageShell widgets={siteConfig.widgets.filter((w) => w !== "search")}>
      <h1 className="mb-4 text-2xl font-bold">{m.searchTitle}</h1>
      <SearchResults
        labels={{
          search: m.search,
          placeholder: m.searchPlaceholder,
          noResults: m.noResults,
          resultsFor: m.resultsFor,
          loadMore: m.loadMore,
          searching: m.searching,
          hint: m.searchHint,
          failed: m.searchFailed,
        }}
      />
    </PageShell>
  );
}
