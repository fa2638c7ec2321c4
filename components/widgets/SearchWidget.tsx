import { siteConfig } from "@/lib/config";
import { t } from "@/lib/i18n";
import { searchUrl } from "@/lib/urls";
import { Widget } from "./Widget";

export function SearchWidget() {
  const m = t(siteConfig.language);
  return (
    <Widget title={m.search}>
      <form role="search" action={searchUrl()} method="get" className="flex gap-2">
        <label htmlFor="sidebar-search" className="sr-only">
          {m.search}
        </label>
        <input
          id="sidebar-search"
          name="q"
          type="search"
          placeholder={m.searchPlaceholder}
          className="min-w-0 flex-1 rounded border border-line bg-paper px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-accent px-3 py-2 text-white hover:brightness-110">
          {m.search}
        </button>
      </form>
    </Widget>
  );
}
