import type { Term } from "@/lib/content";
import type { Card } from "@/lib/content/stories";
import { ui } from "@/lib/i18n";
import { termUrl } from "@/lib/urls";
import { ArticleList } from "../ArticleList";
import { PageShell } from "./PageShell";

interface Props {
  term: Term;
  cards: Card[];
  page: number;
  totalPages: number;
}

/** A tag's or category's page of articles (one component for both taxonomies). */
export function TermArticles({ term, cards, page, totalPages }: Props) {
  return (
    <PageShell>
      <h1 className="mb-4 text-2xl font-bold">
        {ui.termTitle(ui[term.taxonomy], term.name)}
        {page > 1 && <span className="ml-2 text-base font-normal text-muted">{ui.page(page)}</span>}
      </h1>
      <ArticleList
        cards={cards}
        page={page}
        totalPages={totalPages}
        href={(n) => termUrl(term.taxonomy, term.slug, n)}
      />
    </PageShell>
  );
}
