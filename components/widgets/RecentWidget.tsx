import type { Article } from "@/lib/content/article";
import { ui } from "@/lib/i18n";
import { articleUrl } from "@/lib/urls";
import { Widget } from "./Widget";

interface Props {
  /** The newest articles, newest first. */
  articles: Article[];
}

export function RecentWidget({ articles }: Props) {
  return (
    <Widget title={ui.recent}>
      <ul className="link-list">
        {articles.map((a) => (
          <li key={a.slug} lang={a.lang} data-lang={a.lang}>
            <a href={articleUrl(a.slug)}>{a.title}</a>
          </li>
        ))}
      </ul>
    </Widget>
  );
}
