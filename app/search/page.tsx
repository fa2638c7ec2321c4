import type { Metadata } from "next";
import { SearchResults } from "@/components/search/SearchResults";
import { PageShell } from "@/components/templates/PageShell";
import { siteConfig } from "@/lib/config";
import { ui } from "@/lib/i18n";
import { pageMetadata } from "@/lib/seo";
import { searchUrl } from "@/lib/urls";

export const metadata: Metadata = {
  ...pageMetadata({ title: ui.searchTitle, path: searchUrl() }),
  robots: { index: false },
};

export default function SearchPage() {
  return (
    <PageShell widgets={siteConfig.widgets.filter((w) => w !== "search")}>
      <h1 className="mb-4 text-2xl font-bold">{ui.searchTitle}</h1>
      <SearchResults
        labels={{
          search: ui.search,
          placeholder: ui.searchPlaceholder,
          noResults: ui.noResults,
          resultsFor: ui.resultsFor,
          loadMore: ui.loadMore,
          searching: ui.searching,
          hint: ui.searchHint,
          failed: ui.searchFailed,
        }}
      />
    </PageShell>
  );
}
