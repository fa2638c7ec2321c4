import type { Term } from "@/lib/content";
import { cachedHtml, escapeHtml } from "@/lib/html";
import { ui } from "@/lib/i18n";
import { termUrl } from "@/lib/urls";

interface Props {
  terms: Term[];
  inline?: boolean;
  /** Only the first this many terms. */
  limit?: number;
}

/**
 * Terms as links with their article counts: the categories and tag-list widgets and the term index
 * pages. Every page shows the same lists, of up to hundreds of terms: written once as HTML
 * (lib/html.ts), the same markup as `<li><a href>name<span>count</span><span>(n articles)</span></a></li>`
 * in JSX. Items carry no classes (styled from the list in globals.css).
 */
export function TermCounts({ terms, inline = false, limit = terms.length }: Props) {
  const items = cachedHtml(terms, String(limit), () =>
    terms
      .slice(0, limit)
      .map(
        (term) =>
          `<li><a href="${escapeHtml(termUrl(term.taxonomy, term.slug))}">${escapeHtml(term.name)}` +
          `<span aria-hidden="true">${term.count}</span>` +
          `<span class="sr-only">${escapeHtml(`（${ui.articleCount(term.count)}）`)}</span></a></li>`,
      )
      .join(""),
  );
  return <ul className={inline ? "term-chips" : "term-rows"} dangerouslySetInnerHTML={{ __html: items }} />;
}
