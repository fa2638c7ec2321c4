interface Labels {
  search: string;
  placeholder: string;
  noResults: string;
  /** "{n}" is replaced with the number of results. */
  resultCount: string;
  allResults: string;
}

interface Props {
  action: string;
  labels: Labels;
}

/**
 * The sidebar search: a plain GET form to the search page; with JavaScript it also searches as the
 * reader types and `/` anywhere focuses it (components/browser/search.ts).
 */
export function SearchBox({ action, labels }: Props) {
  return (
    <form role="search" action={action} method="get" data-search-box="" data-labels={JSON.stringify(labels)}>
      <div className="flex gap-2">
        <label htmlFor="sidebar-search" className="sr-only">
          {labels.search}
        </label>
        <input
          id="sidebar-search"
          name="q"
          type="search"
          autoComplete="off"
          placeholder={labels.placeholder}
          aria-describedby="sidebar-search-status"
          className="min-w-0 flex-1 rounded border border-line bg-paper px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-accent px-3 py-2 text-white hover:brightness-110">
          {labels.search}
        </button>
      </div>
      <p
        id="sidebar-search-status"
        aria-live="polite"
        data-search-status=""
        className="mt-2 text-sm text-muted empty:hidden"
      />
      <ul hidden data-search-results="" className="mt-2 space-y-3 text-sm" />
    </form>
  );
}
