import type { Card } from "@/lib/content/stories";
import { ui } from "@/lib/i18n";
import { articleCardHtml } from "./markup";
import { Pagination } from "./Pagination";

interface Props {
  /** Each story once, with its other sources (lib/content/queries storyCards). */
  cards: Card[];
  page: number;
  totalPages: number;
  href: (n: number) => string;
}

/**
 * A page of cards and the numbered pagination under it: the home page and every term page. Each
 * story is one card, linking its other sources.
 */
export function ArticleList({ cards, page, totalPages, href }: Props) {
  if (cards.length === 0) return <p className="rounded bg-paper p-4">{ui.noArticles}</p>;
  return (
    <>
      <div
        className="space-y-4"
        data-list
        dangerouslySetInnerHTML={{
          __html: cards.map(({ article, others }) => articleCardHtml(article, others)).join(""),
        }}
      />
      <Pagination page={page} totalPages={totalPages} href={href} />
    </>
  );
}
