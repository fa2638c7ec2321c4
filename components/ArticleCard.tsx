import type { Article } from "@/lib/content/article";
import { articleUrl } from "@/lib/urls";
import { ArticleMeta } from "./ArticleMeta";
import { Thumbnail } from "./Thumbnail";

interface Props {
  article: Article;
  headingLevel?: 2 | 3;
}

/** One article in any list: thumbnail (left, linked), title, lead, meta, summary. */
export function ArticleCard({ article, headingLevel = 2 }: Props) {
  const url = articleUrl(article.slug);
  const H = headingLevel === 2 ? "h2" : "h3";
  const thumb = article.thumbnail?.list ? article.thumbnail : null;
  return (
    <article lang={article.lang} data-lang={article.lang} className="flex gap-4 rounded bg-paper p-4 shadow-sm">
      {thumb && (
        <a href={url} tabIndex={-1} aria-hidden="true" className="block w-24 shrink-0 sm:w-40">
          <Thumbnail src={thumb.src} alt={article.title} variant="card" />
        </a>
      )}
      <div className="min-w-0 flex-1">
        <H className="text-lg leading-snug font-bold sm:text-xl">
          <a href={url} className="text-ink no-underline hover:text-accent-ink">
            {article.title}
          </a>
        </H>
        {article.lead && <p className="mt-1 text-sm text-muted italic">{article.lead}</p>}
        <div className="mt-1">
          <ArticleMeta article={article} />
        </div>
        {article.summary && (
          <p className="mt-2 line-clamp-3 text-[0.95rem] break-words text-ink/90">{article.summary}</p>
        )}
      </div>
    </article>
  );
}
