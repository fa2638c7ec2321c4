"use client";

import { useEffect, useRef, useState } from "react";
import { Excerpt } from "./Excerpt";
import { search, type PagefindResult, type SearchHits } from "./pagefind";

const PAGE = 10;

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

type State =
  | { kind: "idle" }
  | { kind: "searching"; q: string }
  | { kind: "failed"; q: string }
  | { kind: "done"; q: string; hits: SearchHits; items: PagefindResult[] };

interface Props {
  labels: Labels;
}

/** /search/?q=…: results with title, date, category and the match highlighted, ten at a time. */
export function SearchResults({ labels }: Props) {
  const [query, setQuery] = useState("");
  const [state, setState] = useState<State>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);

  const run = async (q: string) => {
    const trimmed = q.trim();
    if (!trimmed) return setState({ kind: "idle" });
    setState({ kind: "searching", q: trimmed });
    try {
      const hits = await search(trimmed);
      setState({ kind: "done", q: trimmed, hits, items: await hits.page(0, PAGE) });
    } catch {
      setState({ kind: "failed", q: trimmed });
    }
  };

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    // Reading the URL happens after hydration: the page itself is static.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(q);
    if (q) void run(q);
    else input.current?.focus();
  }, []);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set("q", query.trim());
    window.history.replaceState(null, "", url);
    void run(query);
  };

  const more = async () => {
    if (state.kind !== "done") return;
    const next = await state.hits.page(state.items.length, state.items.length + PAGE);
    setState({ ...state, items: [...state.items, ...next] });
  };

  return (
    <div>
      <form role="search" onSubmit={submit} action="/search/" method="get" className="flex gap-2">
        <label htmlFor="search-page-input" className="sr-only">
          {labels.search}
        </label>
        <input
          ref={input}
          id="search-page-input"
          name="q"
          type="search"
          value={query}
          placeholder={labels.placeholder}
          onChange={(e) => setQuery(e.target.value)}
          className="min-w-0 flex-1 rounded border border-line bg-paper px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-accent px-4 py-2 text-white hover:brightness-110">
          {labels.search}
        </button>
      </form>
      <p aria-live="polite" className="mt-4 text-sm text-muted">
        {state.kind === "idle" && labels.hint}
        {state.kind === "searching" && labels.searching}
        {state.kind === "failed" && labels.failed}
        {state.kind === "done" &&
          (state.hits.total
            ? labels.resultsFor.replace("{q}", state.q).replace("{n}", String(state.hits.total))
            : labels.noResults)}
      </p>
      {state.kind === "done" && state.items.length > 0 && (
        <ol className="mt-4 space-y-4">
          {state.items.map((r) => (
            <li key={r.url} lang={r.meta.lang} className="rounded bg-paper p-4 shadow-sm">
              <h2 className="text-lg leading-snug font-bold">
                <a href={r.url} className="text-ink no-underline hover:text-accent-ink">
                  {r.meta.title}
                </a>
              </h2>
              <p className="mt-1 flex gap-3 text-sm text-muted">
                {r.meta.date && <span>{r.meta.date}</span>}
                {r.meta.category && <span className="text-accent-ink">{r.meta.category}</span>}
              </p>
              <p className="mt-2 text-[0.95rem]">
                <Excerpt result={r} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {state.kind === "done" && state.items.length < state.hits.total && (
        <p className="mt-6 text-center">
          <button type="button" onClick={more} className="rounded bg-paper px-4 py-2 shadow-sm hover:text-accent-ink">
            {labels.loadMore}
          </button>
        </p>
      )}
    </div>
  );
}
