import type { Article } from "@/lib/content/article";
import { ui } from "@/lib/i18n";
import { articleUrl } from "@/lib/urls";

interface Props {
  /** The other members of the card's story, newest first. */
  others: Article[];
}

/** The name a reader knows a source by: its category (the feed's source), else its link's label. */
export function sourceName(article: Article): string {
  return article.categories[0]?.name ?? article.source?.label ?? article.title;
}

/** Under a card: "另有 2 个来源：Reuters、Bloomberg", each linking that source's article. */
export function StorySources({ others }: Props) {
  if (others.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-muted" data-story-sources>
      {ui.otherSources(others.length)}
      {others.map((a, i) => (
        <span key={a.slug}>
          {i > 0 && ui.listSeparator}
          <a
            href={articleUrl(a.slug)}
            lang={a.lang}
            title={a.title}
            className="text-accent-ink underline underline-offset-2"
          >
            {sourceName(a)}
          </a>
        </span>
      ))}
    </p>
  );
}
