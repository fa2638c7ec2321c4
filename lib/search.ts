/** What the search index holds for one article: searchable text and the fields a result shows. */
import type { ParsedArticle } from "./content/article";
import { formatDate } from "./dates";
import { siteConfig } from "./config";
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

export function searchRecord(article: ParsedArticle): SearchRecord {
  const terms = [...article.tags, ...article.categories].map((t) => t.name).join(" ");
  return {
    url: articleUrl(article.slug),
    content: [article.title, article.summary, terms, markdownToPlainText(article.body)].filter(Boolean).join("\n"),
    language: SEARCH_LANGUAGE,
    meta: {
      title: article.title,
      date: article.date ? formatDate(article.date, siteConfig.language, siteConfig.timeZone) : "",
      category: article.categories[0]?.name ?? "",
    },
  };
}
