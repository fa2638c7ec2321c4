interface Labels {
  search: string;
  placeholder: string;
  noResults: string;
  resultsFor: string;
  loadMore: string;
  searching: string;
  hint: string;
  failed: string;
}

interface Props {
  labels: Labels;
}

/**
 * /search/?q=…: the form, and where components/browser/search.ts puts the results (title, date,
 * category, the match highlighted), ten at a time.
 */
export function SearchResults({ labels }: Props) {
  return (
    <div data-search-page="" data-labels={JSON.stringify(labels)}>
      <form role="search" action="/search/" method="get" className="flex gap-2">
        <label htmlFor="search-page-input" className="sr-only">
          {labels.search}
        </label>
        <input
          id="search-page-input"
          name="q"
          type="search"
          placeholder={labels.placeholder}
          className="min-w-0 flex-1 rounded border border-line bg-paper px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-accent px-4 py-2 text-white hover:brightness-110">
          {labels.search}
        </button>
      </form>
      <p aria-live="polite" data-search-status="" className="mt-4 text-sm text-muted">
        {labels.hint}
      </p>
      <ol hidden data-search-results="" className="mt-4 space-y-4" />
      <p hidden data-search-more="" className="mt-6 text-center">
        <button type="button" className="rounded bg-paper px-4 py-2 shadow-sm hover:text-accent-ink">
          {labels.loadMore}
        </button>
      </p>
    </div>
  );
}
