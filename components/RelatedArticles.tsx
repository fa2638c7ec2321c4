import type { Article } from "@/lib/content/article";
import { siteConfig } from "@/lib/config";
import { formatDate } from "@/lib/dates";
import { ui } from "@/lib/i18n";
import { articleUrl } from "@/lib/urls";

interface Props {
  articles: Article[];
}

export function RelatedArticles({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-title" className="mt-6 rounded bg-paper p-4 shadow-sm sm:p-6">
      <h2 id="related-title" className="mb-3 border-b-2 border-accent pb-1 text-base font-bold">
        {ui.related}
      </h2>
      <ul className="link-list">
        {articles.map((a) => (
          <li key={a.slug} lang={a.lang} data-lang={a.lang}>
            <a href={articleUrl(a.slug)}>{a.title}</a>
            {a.date && (
              <span className="ml-2 text-muted">{formatDate(a.date, siteConfig.language, siteConfig.timeZone)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
