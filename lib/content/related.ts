/**
 * Related articles: those sharing the most tags and categories, newest first among equals. Worked
 * out from the index's term lists near the article (a bounded window per term, so the cost does not
 * grow with the site) and kept in the index, so each article's list is computed once per process.
 */
import type { Article } from "./article";
import type { ContentIndex } from "./index";
import { showOnce } from "./stories";

const WINDOW = 60;
const cache = new WeakMap<ContentIndex, Map<string, Article[]>>();

/** Index of the first element of `list` (ordered like the index) at or after global position `pos`. */
function lowerBound(list: Article[], pos: number, index: ContentIndex): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.position.get(list[mid].slug) ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function relatedArticles(article: Article, index: ContentIndex, count = 5): Article[] {
  let memo = cache.get(index);
  if (!memo) cache.set(index, (memo = new Map()));
  const hit = memo.get(article.slug);
  if (hit) return hit;

  const pos = index.position.get(article.slug) ?? 0;
  // Its own story's other members are linked apart ("同一事件的其他报道"); other stories once each.
  const story = index.storyOf.get(article.slug);
  const score = new Map<Article, number>();
  for (const [taxonomy, refs] of [
    ["tags", article.tags],
    ["categories", article.categories],
  ] as const) {
    for (const ref of refs) {
      const list = index.termArticles[taxonomy].get(ref.slug) ?? [];
      const at = lowerBound(list, pos, index);
      for (let i = Math.max(0, at - WINDOW); i < Math.min(list.length, at + WINDOW); i++) {
        const other = list[i];
        if (other !== article && !story?.members.includes(other)) score.set(other, (score.get(other) ?? 0) + 1);
      }
    }
  }
  const ranked = [...score]
    .sort(([a, sa], [b, sb]) => sb - sa || (index.position.get(a.slug) ?? 0) - (index.position.get(b.slug) ?? 0))
    .map(([a]) => a);
  const related = showOnce(ranked, index.storyOf).slice(0, count);
  memo.set(article.slug, related);
  return related;
}
