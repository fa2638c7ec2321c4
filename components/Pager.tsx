import type { Article } from "@/lib/content/article";
import { ui } from "@/lib/i18n";
import { articleUrl } from "@/lib/urls";

interface Props {
  older: Article | null;
  newer: Article | null;
}

/** "上一篇" is the older article, "下一篇" the newer one, each with its title. */
export function Pager({ older, newer }: Props) {
  if (!older && !newer) return null;
  const box = "block rounded border border-line bg-paper p-3 no-underline hover:border-accent";
  return (
    <nav aria-label={ui.articlePager} className="mt-6 grid gap-3 sm:grid-cols-2">
      {older ? (
        <a href={articleUrl(older.slug)} rel="prev" className={box}>
          <span className="block text-xs text-muted">« {ui.olderArticle}</span>
          <span className="mt-1 block font-bold text-ink" lang={older.lang}>
            {older.title}
          </span>
        </a>
      ) : (
        <span />
      )}
      {newer && (
        <a href={articleUrl(newer.slug)} rel="next" className={`${box} sm:text-right`}>
          <span className="block text-xs text-muted">{ui.newerArticle} »</span>
          <span className="mt-1 block font-bold text-ink" lang={newer.lang}>
            {newer.title}
          </span>
        </a>
      )}
    </nav>
  );
}
