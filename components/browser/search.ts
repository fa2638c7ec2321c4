/**
 * Search in the browser: the sidebar box (components/search/SearchBox.tsx) and the search page
 * (components/search/SearchResults.tsx). Results are built as DOM nodes from text, never from HTML.
 */
import { originalExcerptParts, search, type PagefindResult, type SearchHits } from "../search/pagefind";

const PAGE = 10;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, className: string, text: string) {
  const a = el("a", className, text);
  a.href = href;
  return a;
}

/** A result's excerpt in the article's own script, the match marked. */
function excerpt(r: PagefindResult): Node[] {
  return originalExcerptParts(r.excerpt, r.content, r.meta.original).map((p) =>
    p.mark ? el("mark", "rounded-sm bg-accent/15 px-0.5 text-ink", p.text) : document.createTextNode(p.text),
  );
}

function labelsOf(root: HTMLElement): Record<string, string> {
  try {
    return JSON.parse(root.dataset.labels ?? "{}");
  } catch {
    return {};
  }
}

/**
 * The sidebar search: searches as the reader types (the index loads on first use), Enter opens the
 * search page (a plain GET form), `/` anywhere focuses the box.
 */
export function searchBox() {
  const form = document.querySelector<HTMLFormElement>("[data-search-box]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const status = form?.querySelector<HTMLElement>("[data-search-status]");
  const list = form?.querySelector<HTMLElement>("[data-search-results]");
  if (!form || !input || !status || !list) return;
  const labels = labelsOf(form);

  document.addEventListener("keydown", (e) => {
    const target = e.target as HTMLElement | null;
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    e.preventDefault();
    input.focus();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const clear = () => {
    status.textContent = "";
    list.replaceChildren();
    list.hidden = true;
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const call = ++latest;
    const q = input.value.trim();
    if (!q) return clear();
    timer = setTimeout(async () => {
      try {
        const hits = await search(q);
        const items = await hits.page(0, 5);
        if (call !== latest) return;
        status.textContent = hits.total ? labels.resultCount.replace("{n}", String(hits.total)) : labels.noResults;
        const rows = items.map((r) => {
          const li = el(
            "li",
            "",
            link(r.url, "font-bold text-ink hover:text-accent-ink", r.meta.title ?? r.url),
            el("p", "mt-0.5 text-muted", ...excerpt(r)),
          );
          if (r.meta.lang) li.lang = r.meta.lang;
          return li;
        });
        if (hits.total > items.length)
          rows.push(
            el(
              "li",
              "",
              link(`${form.action}?q=${encodeURIComponent(q)}`, "text-accent-ink", `${labels.allResults} →`),
            ),
          );
        list.replaceChildren(...rows);
        list.hidden = rows.length === 0;
      } catch {
        if (call === latest) clear();
      }
    }, 120);
  });
}

/** /search/?q=…: results with title, date, category and the match highlighted, ten at a time. */
export function searchPage() {
  const root = document.querySelector<HTMLElement>("[data-search-page]");
  const form = root?.querySelector("form");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const status = root?.querySelector<HTMLElement>("[data-search-status]");
  const list = root?.querySelector<HTMLElement>("[data-search-results]");
  const more = root?.querySelector<HTMLElement>("[data-search-more]");
  const moreButton = more?.querySelector("button");
  if (!root || !form || !input || !status || !list || !more || !moreButton) return;
  const labels = labelsOf(root);

  let latest = 0;
  let hits: SearchHits | null = null;
  let shown = 0;
  const append = (items: PagefindResult[]) => {
    list.append(
      ...items.map((r) => {
        const meta = el("p", "mt-1 flex gap-3 text-sm text-muted");
        if (r.meta.date) meta.append(el("span", "", r.meta.date));
        if (r.meta.category) meta.append(el("span", "text-accent-ink", r.meta.category));
        const li = el(
          "li",
          "rounded bg-paper p-4 shadow-sm",
          el(
            "h2",
            "text-lg leading-snug font-bold",
            link(r.url, "text-ink no-underline hover:text-accent-ink", r.meta.title ?? r.url),
          ),
          meta,
          el("p", "mt-2 text-[0.95rem]", ...excerpt(r)),
        );
        if (r.meta.lang) li.lang = r.meta.lang;
        return li;
      }),
    );
    shown += items.length;
    list.hidden = shown === 0;
    more.hidden = !hits || shown >= hits.total;
  };
  const run = async (q: string) => {
    const call = ++latest;
    hits = null;
    shown = 0;
    list.replaceChildren();
    append([]);
    if (!q) return void (status.textContent = labels.hint);
    status.textContent = labels.searching;
    try {
      const found = await search(q);
      const items = await found.page(0, PAGE);
      if (call !== latest) return;
      hits = found;
      status.textContent = found.total
        ? labels.resultsFor.replace("{q}", q).replace("{n}", String(found.total))
        : labels.noResults;
      append(items);
    } catch {
      if (call === latest) status.textContent = labels.failed;
    }
  };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = input.value.trim();
    const url = new URL(window.location.href);
    url.searchParams.set("q", q);
    window.history.replaceState(null, "", url);
    void run(q);
  });
  moreButton.addEventListener("click", async () => {
    const call = latest;
    if (!hits) return;
    const next = await hits.page(shown, shown + PAGE);
    if (call === latest) append(next);
  });

  const q = new URLSearchParams(window.location.search).get("q") ?? "";
  input.value = q;
  if (q) void run(q.trim());
  else input.focus();
}
