import type { Term } from "@/lib/content";
import { ui } from "@/lib/i18n";
import { termUrl } from "@/lib/urls";

interface Props {
  terms: Term[];
  inline?: boolean;
}

/** Terms as links with their article counts: the categories and tag-list widgets and the term index pages. */
export function TermCounts({ terms, inline = false }: Props) {
  return (
    // Repeated items carry no classes of their own (styled from the list in globals.css): lists of
    // hundreds of terms stay small in the HTML and in the page payload.
    <ul className={inline ? "term-chips" : "term-rows"}>
      {terms.map((term) => (
        <li key={term.slug}>
          <a href={termUrl(term.taxonomy, term.slug)}>
            {term.name}
            <span aria-hidden="true">{term.count}</span>
            <span className="sr-only">{`（${ui.articleCount(term.count)}）`}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
