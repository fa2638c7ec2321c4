import type { Article } from "@/lib/content/article";
import { ui } from "@/lib/i18n";
import { ArticleCard } from "./ArticleCard";
import { Pagination } from "./Pagination";

interface Props {
  articles: Article[];
  page: number;
  totalPages: number;
  href: (n: number) => string;
}

/** A page of cards and the numbered pagination under it: the home page and every term page. */
export function ArticleList({ articles, page, totalPages, href }: Props) {
  if (articles.length === 0) return <p className="rounded bg-paper p-4">{ui.noArticles}</p>;
  return (
    <>
      <div className="space-y-4" data-list>
        {articles.map((a) => (
          <ArticleCard key={a.slug} article={a} />
        ))}
      </div>
      <Pagination page={page} totalPages={totalPages} href={href} />
    </>
  );
}
