/**
 * The browser side of search: Pagefind's static index under /pagefind/, loaded only when a reader
 * starts searching (never bundled: the file is produced by `npm run search-index`).
 */
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string; category?: string };
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] }>;
}

let loading: Promise<PagefindModule> | null = null;

export function loadPagefind(): Promise<PagefindModule> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${"/pagefind/pagefind.js"}`).then(
    async (m: PagefindModule) => {
      await m.options({ excerptLength: 40 });
      return m;
    },
  );
  loading.catch(() => (loading = null));
  return loading;
}

export interface SearchHits {
  total: number;
  /** Loads the data of results [from, to). */
  page(from: number, to: number): Promise<PagefindResult[]>;
}

export async function search(query: string): Promise<SearchHits> {
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query);
  return {
    total: results.length,
    page: (from, to) => Promise.all(results.slice(from, to).map((r) => r.data())),
  };
}

export { excerptParts } from "@/lib/search-excerpt";
