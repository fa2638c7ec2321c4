import { siteConfig } from "@/lib/config";
import { t } from "@/lib/i18n";
import { searchUrl } from "@/lib/urls";
import { SearchBox } from "../search/SearchBox";
import { Widget } from "./Widget";

export function SearchWidget() {
  const m = t(siteConfig.language);
  return (
    <Widget title={m.search}>
      <SearchBox
        action={searchUrl()}
        labels={{
          search: m.search,
          placeholder: m.searchPlaceholder,
          noResults: m.noResults,
          resultCount: m.resultCount,
          allResults: m.allResults,
        }}
      />
    </Widget>
  );
}
