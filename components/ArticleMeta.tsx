import type { Article } from "@/lib/content/article";
import { siteConfig } from "@/lib/config";
import { dayKey, formatDate, isoWithZone } from "@/lib/dates";
import { ui } from "@/lib/i18n";
import type { ReadingStats } from "@/lib/text";
import { archiveUrl, termUrl } from "@/lib/urls";

interface Props {
  article: Article;
  stats?: ReadingStats;
}

/**
 * Date (in the site's zone, linking the day's page) and categories: under the title on the article
 * and on every card.
 */
export function ArticleMeta({ article, stats }: Props) {
  const day = article.date && dayKey(article.date, siteConfig.timeZone);
  const time = article.date && (
    <time dateTime={isoWithZone(article.date, siteConfig.timeZone)}>
      {formatDate(article.date, siteConfig.language, siteConfig.timeZone)}
    </time>
  );
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
      {day ? (
        <a href={archiveUrl(day)} className="text-muted no-underline hover:text-accent-ink hover:underline">
          {time}
        </a>
      ) : time ? (
        time
      ) : (
        <span>{ui.undated}</span>
      )}
      {article.updated && article.date && article.updated > article.date && (
        <span>
          {ui.updated}
          <time dateTime={isoWithZone(article.updated, siteConfig.timeZone)}>
            {formatDate(article.updated, siteConfig.language, siteConfig.timeZone)}
          </time>
        </span>
      )}
      {stats && stats.length > 0 && <span>{ui.readingTime(stats.minutes, stats.length)}</span>}
      {article.categories.length > 0 && (
        <span className="flex flex-wrap gap-x-2">
          <span className="sr-only">{ui.categories}:</span>
          {article.categories.map((c) => (
            <a
              key={c.slug}
              href={termUrl("categories", c.slug)}
              className="text-accent-ink no-underline hover:underline"
            >
              {c.name}
            </a>
          ))}
        </span>
      )}
    </div>
  );
}
