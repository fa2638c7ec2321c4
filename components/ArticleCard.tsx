import type { Article } from "@/lib/content/article";
import { ui } from "@/lib/i18n";
import { articleUrl } from "@/lib/urls";
import { ArticleMeta } from "./ArticleMeta";
import { StorySources } from "./StorySources";
import { Thumbnail } from "./Thumbnail";

interface Props {
  article: Article;
  headingLevel?: 2 | 3;
  /** The other sources of the card's story (lib/content/stories), linked under it. */
  others?: Article[];
}

/**
 * One article in any list: thumbnail (left, linked), title, lead, meta, summary. The "新"/"已读"
 * marks are rendered hidden; components/VisitMarks shows them in the browser.
 */
export function ArticleCard({ article, headingLevel = 2, others = [] }: Props) {
  const url = articleUrl(article.slug);
  const H = headingLevel === 2 ? "h2" : "h3";
  const thumb = article.thumbnail?.list ? article.thumbnail : null;
  return (
    <article
      lang={article.lang}
      data-lang={article.lang}
      className="flex gap-4 rounded bg-paper p-4 shadow-sm"
      data-card={article.slug}
      data-time={article.date?.getTime()}
      suppressHydrationWarning
    >
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
        <div className="mt-1 flex flex-wrap items-center">
          <span data-mark="new" hidden suppressHydrationWarning className="mark mark-new">
            {ui.newMark}
          </span>
          <span data-mark="read" hidden suppressHydrationWarning className="mark mark-read">
            {ui.readMark}
          </span>
          <ArticleMeta article={article} />
        </div>
        {article.summary && (
          <p className="mt-2 line-clamp-3 text-[0.95rem] break-words text-ink/90">{article.summary}</p>
        )}
        <StorySources others={others} />
      </div>
    </article>
  );
}
