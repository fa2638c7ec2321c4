"use client";

import { useEffect, useRef, useState } from "react";
import { Excerpt } from "./Excerpt";
import { search, type PagefindResult } from "./pagefind";

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
 * The sidebar search: searches as the reader types (the index loads on first focus), Enter opens
 * the search page, `/` anywhere focuses the box. Without JavaScript it is a plain GET form.
 */
export function SearchBox({ action, labels }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<{ q: string; total: number; items: PagefindResult[] } | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let stale = false;
    const timer = setTimeout(async () => {
      try {
        const hits = await search(q);
        const items = await hits.page(0, 5);
        if (!stale) setResults({ q, total: hits.total, items });
      } catch {
        if (!stale) setResults(null);
      }
    }, 120);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  const shown = query.trim() && results?.q === query.trim() ? results : null;
  return (
    <form role="search" action={action} method="get">
      <div className="flex gap-2">
        <label htmlFor="sidebar-search" className="sr-only">
          {labels.search}
        </label>
        <input
          ref={input}
          id="sidebar-search"
          name="q"
          type="search"
          autoComplete="off"
          placeholder={labels.placeholder}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby="sidebar-search-status"
          className="min-w-0 flex-1 rounded border border-line bg-paper px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-accent px-3 py-2 text-white hover:brightness-110">
          {labels.search}
        </button>
      </div>
      <p id="sidebar-search-status" aria-live="polite" className="mt-2 text-sm text-muted empty:hidden">
        {shown ? (shown.total ? labels.resultCount.replace("{n}", String(shown.total)) : labels.noResults) : ""}
      </p>
      {shown && shown.items.length > 0 && (
        <ul className="mt-2 space-y-3 text-sm">
          {shown.items.map((r) => (
            <li key={r.url} lang={r.meta.lang}>
              <a href={r.url} className="font-bold text-ink hover:text-accent-ink">
                {r.meta.title}
              </a>
              <p className="mt-0.5 text-muted">
                <Excerpt result={r} />
              </p>
            </li>
          ))}
          {shown.total > shown.items.length && (
            <li>
              <a href={`${action}?q=${encodeURIComponent(shown.q)}`} className="text-accent-ink">
                {labels.allResults} →
              </a>
            </li>
          )}
        </ul>
      )}
    </form>
  );
}
