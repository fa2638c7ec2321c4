/**
 * The browser side of search: Pagefind's static index under /pagefind/, loaded only when a reader
 * starts searching (never bundled: the file is produced by `npm run search-index`).
 */
export interface PagefindResult {
  url: string;
  excerpt: string;
  /** The indexed text (folded to Simplified), without Pagefind's word separators. */
  content: string;
  meta: { title?: string; date?: string; category?: string; lang?: string; original?: string };
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] }>;
}

const PAGEFIND: string = "/pagefind/pagefind.js";
let loading: Promise<PagefindModule> | null = null;

export function loadPagefind(): Promise<PagefindModule> {
  loading ??= import(PAGEFIND).then(async (m: PagefindModule) => {
    await m.options({ excerptLength: 40 });
    return m;
  });
  loading.catch(() => (loading = null));
  return loading;
}

export interface SearchHits {
  total: number;
  /** Loads the data of results [from, to). */
  page(from: number, to: number): Promise<PagefindResult[]>;
}

/** The query folded to the index's one script (lib/script/fold.ts), its dictionaries loaded on first use. */
async function fold(query: string): Promise<string> {
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(query)) return query;
  const { foldScript } = await import("@/lib/script/fold");
  return foldScript(query);
}

export async function search(query: string): Promise<SearchHits> {
  const [pagefind, folded] = await Promise.all([loadPagefind(), fold(query)]);
  const { results } = await pagefind.search(folded);
  return {
    total: results.length,
    page: (from, to) => Promise.all(results.slice(from, to).map((r) => r.data())),
  };
}

export { excerptParts, originalExcerptParts } from "@/lib/search-excerpt";
