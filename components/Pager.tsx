import type { Article } from "@/lib/content/article";
import { siteConfig } from "@/lib/config";
import { t } from "@/lib/i18n";
import { articleUrl } from "@/lib/urls";

/** "上一篇" is the older article, "下一篇" the newer one, each with its title. */
export function Pager({ older, newer }: { older: Article | null; newer: Article | null }) {
  if (!older && !newer) return null;
  const m = t(siteConfig.language);
  const box = "block rounded border border-line bg-paper p-3 no-underline hover:border-accent";
  return (
    <nav aria-label={m.articlePager} className="mt-6 grid gap-3 sm:grid-cols-2">
      {older ? (
        <a href={articleUrl(older.slug)} rel="prev" className={box}>
          <span className="block text-xs text-muted">« {m.olderArticle}</span>
          <span className="mt-1 block font-bold text-ink" lang={older.lang}>
            {older.title}
          </span>
        </a>
      ) : (
        <span />
      )}
      {newer && (
        <a href={articleUrl(newer.slug)} rel="next" className={`${box} sm:text-right`}>
          <span className="block text-xs text-muted">{m.newerArticle} »</span>
          <span className="mt-1 block font-bold text-ink" lang={newer.lang}>
            {newer.title}
          </span>
        </a>
      )}
    </nav>
  );
}
