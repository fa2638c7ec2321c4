/** What the search index holds for one article: searchable text and the fields a result shows. */
import type { ParsedArticle } from "./content/article";
import { formatDate } from "./dates";
import { siteConfig } from "./config";
import { foldScript } from "./script/fold";
import { markdownToPlainText } from "./text";
import { articleUrl } from "./urls";

/** One language for the whole site's index: its Chinese segmentation splits Latin words as well. */
export const SEARCH_LANGUAGE = "zh";

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

/**
 * The index matches on text folded to one script (lib/script/fold.ts: 台積電 and 台积电 are one
 * word); the query is folded the same way in the browser. What a result shows stays the article's
 * own: its title, and, when folding changed its text (a Traditional article), the original text in
 * `meta.original`, from which the browser takes the excerpt back (same offsets: the fold keeps
 * lengths). Whitespace is collapsed first so Pagefind stores the content exactly as given.
 */
export function searchRecord(article: ParsedArticle): SearchRecord {
  const terms = [...article.tags, ...article.categories].map((t) => t.name).join(" ");
  const text = [article.title, article.summary, terms, markdownToPlainText(article.body)]
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  const folded = foldScript(text);
  return {
    url: articleUrl(article.slug),
    content: folded,
    language: SEARCH_LANGUAGE,
    meta: {
      title: article.title,
      date: article.date ? formatDate(article.date, siteConfig.language, siteConfig.timeZone) : "",
      category: article.categories[0]?.name ?? "",
      lang: article.lang,
      ...(folded !== text && { original: text }),
    },
  };
}
