import { ui } from "@/lib/i18n";
import { searchUrl } from "@/lib/urls";
import { SearchBox } from "../search/SearchBox";
import { Widget } from "./Widget";

export function SearchWidget() {
  return (
    <Widget title={ui.search}>
      <SearchBox
        action={searchUrl()}
        labels={{
          search: ui.search,
          placeholder: ui.searchPlaceholder,
          noResults: ui.noResults,
          resultCount: ui.resultCount,
          allResults: ui.allResults,
        }}
      />
    </Widget>
  );
}
