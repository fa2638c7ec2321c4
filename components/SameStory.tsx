import type { Article } from "@/lib/content/article";
import { siteConfig } from "@/lib/config";
import { formatDate } from "@/lib/dates";
import { ui } from "@/lib/i18n";
import { articleUrl } from "@/lib/urls";
import { sourceName } from "./markup";

interface Props {
  /** The other members of the article's story, newest first. */
  articles: Article[];
}

/** On an article of a story group: the same event told by the other sources ("同一事件的其他报道"). */
export function SameStory({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="same-story-title" className="mt-6 rounded bg-paper p-4 shadow-sm sm:p-6">
      <h2 id="same-story-title" className="mb-3 border-b-2 border-accent pb-1 text-base font-bold">
        {ui.sameStory}
      </h2>
      <ul className="link-list">
        {articles.map((a) => (
          <li key={a.slug} lang={a.lang}>
            <span className="mr-2 font-semibold">{sourceName(a)}</span>
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
