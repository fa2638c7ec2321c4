import { recentArticles } from "@/lib/content/queries";
import { ui } from "@/lib/i18n";
import { articleUrl } from "@/lib/urls";
import { Widget } from "./Widget";

export function RecentWidget() {
  return (
    <Widget title={ui.recent}>
      <ul className="link-list">
        {recentArticles().map((a) => (
          <li key={a.slug} lang={a.lang}>
            <a href={articleUrl(a.slug)}>{a.title}</a>
          </li>
        ))}
      </ul>
    </Widget>
  );
}
