/** Every UI string, per language. Components take strings from `ui` (or `t()`), never literals. */
import { siteConfig } from "./config";

const zhCN = {
  skipToContent: "跳到正文",
  menu: "菜单",
  sidebar: "侧栏",
  darkMode: "深色模式",
  mainMenu: "主菜单",
  footerMenu: "页脚菜单",
  search: "搜索",
  searchPlaceholder: "搜索文章…",
  recent: "最新文章",
  categories: "分类",
  tags: "标签",
  languages: "语言",
  allTags: "全部标签",
  tableOfContents: "目录",
  olderArticle: "上一篇",
  newerArticle: "下一篇",
  articlePager: "文章导航",
  related: "相关文章",
  /** A card's other sources of the same story ("另有 2 个来源: Reuters、Bloomberg"), then the names. */
  otherSources: (n: number) => `另有 ${n} 个来源：`,
  listSeparator: "、",
  sameStory: "同一事件的其他报道",
  pagination: "分页",
  previousPage: "上一页",
  nextPage: "下一页",
  page: (n: number) => `第 ${n} 页`,
  aboutAuthor: (name: string) => `关于 ${name}`,
  articleCount: (n: number) => `${n} 篇`,
  termTitle: (taxonomy: string, name: string) => `${taxonomy}：${name}`,
  notFoundTitle: "页面不存在",
  notFoundText: "你要找的页面不存在，可能已被移动或删除。",
  backHome: "返回首页",
  source: "原文",
  readingTime: (minutes: number, length: number) => `${length.toLocaleString("zh-CN")} 字 · 约 ${minutes} 分钟读完`,
  footnotes: "脚注",
  bodyTruncated: (total: string, shown: string) => `全文有 ${total}，超过了每篇文章 ${shown} 的上限，以下内容未发布。`,
  footnoteBack: "返回引用处",
  noArticles: "还没有文章。",
  undated: "未注明日期",
  updated: "更新于 ",
  movedTo: "本文已移至：",
  footer: (title: string, year: number) => `© ${year} ${title} · 由 Markdown 静态生成`,
  searchTitle: "搜索",
  noResults: "没有找到相关文章，换个关键词试试。",
  /** Client components get templates, not functions: `{n}` and `{q}` are filled in the browser. */
  resultCount: "找到 {n} 篇文章",
  resultsFor: "“{q}”的搜索结果：{n} 篇",
  allResults: "查看全部结果",
  loadMore: "加载更多",
  searching: "正在搜索…",
  searchHint: "输入关键词搜索全部文章（按 / 键可随时跳到搜索框）。",
  searchFailed: "搜索索引加载失败，请稍后再试。",
};

export type Messages = typeof zhCN;

const en: Messages = {
  skipToContent: "Skip to content",
  menu: "Menu",
  sidebar: "Sidebar",
  darkMode: "Dark mode",
  mainMenu: "Main menu",
  footerMenu: "Footer menu",
  search: "Search",
  searchPlaceholder: "Search articles…",
  recent: "Recent articles",
  categories: "Categories",
  tags: "Tags",
  languages: "Languages",
  allTags: "All tags",
  tableOfContents: "Page content",
  olderArticle: "Previous",
  newerArticle: "Next",
  articlePager: "Article navigation",
  related: "Related articles",
  otherSources: (n) => `${n} other source${n === 1 ? "" : "s"}: `,
  listSeparator: ", ",
  sameStory: "Same story from other sources",
  pagination: "Pagination",
  previousPage: "Previous page",
  nextPage: "Next page",
  page: (n) => `Page ${n}`,
  aboutAuthor: (name) => `About ${name}`,
  articleCount: (n) => (n === 1 ? "1 article" : `${n} articles`),
  termTitle: (taxonomy, name) => `${taxonomy}: ${name}`,
  notFoundTitle: "Page not found",
  notFoundText: "The page you are looking for does not exist. It may have been moved or deleted.",
  backHome: "Back to the home page",
  source: "Source",
  readingTime: (minutes, length) => `${length.toLocaleString("en")} words · ${minutes} min read`,
  footnotes: "Footnotes",
  bodyTruncated: (total: string, shown: string) =>
    `The article is ${total}, over the ${shown} an article may have; the rest is not published.`,
  footnoteBack: "Back to reference",
  noArticles: "No articles yet.",
  undated: "Undated",
  updated: "Updated ",
  movedTo: "This article has moved to:",
  footer: (title, year) => `© ${year} ${title} · Generated from Markdown`,
  searchTitle: "Search",
  noResults: "No articles found. Try other words.",
  resultCount: "{n} articles found",
  resultsFor: "Results for “{q}”: {n}",
  allResults: "All results",
  loadMore: "Load more",
  searching: "Searching…",
  searchHint: "Type to search every article (press / anywhere to jump to the search box).",
  searchFailed: "The search index could not be loaded. Please try again later.",
};

const zhTW: Messages = {
  ...zhCN,
  skipToContent: "跳到正文",
  menu: "選單",
  sidebar: "側欄",
  darkMode: "深色模式",
  mainMenu: "主選單",
  footerMenu: "頁尾選單",
  search: "搜尋",
  searchPlaceholder: "搜尋文章…",
  recent: "最新文章",
  categories: "分類",
  tags: "標籤",
  languages: "語言",
  allTags: "全部標籤",
  tableOfContents: "目錄",
  olderArticle: "上一篇",
  newerArticle: "下一篇",
  articlePager: "文章導覽",
  related: "相關文章",
  otherSources: (n) => `另有 ${n} 個來源：`,
  listSeparator: "、",
  sameStory: "同一事件的其他報道",
  pagination: "分頁",
  previousPage: "上一頁",
  nextPage: "下一頁",
  aboutAuthor: (name) => `關於 ${name}`,
  termTitle: (taxonomy, name) => `${taxonomy}：${name}`,
  notFoundTitle: "頁面不存在",
  notFoundText: "你要找的頁面不存在，可能已被移動或刪除。",
  backHome: "返回首頁",
  source: "原文",
  readingTime: (minutes, length) => `${length.toLocaleString("zh-TW")} 字 · 約 ${minutes} 分鐘讀完`,
  footnotes: "註腳",
  bodyTruncated: (total: string, shown: string) => `全文有 ${total}，超過了每篇文章 ${shown} 的上限，以下內容未發佈。`,
  footnoteBack: "返回引用處",
  noArticles: "還沒有文章。",
  undated: "未註明日期",
  updated: "更新於 ",
  movedTo: "本文已移至：",
  footer: (title, year) => `© ${year} ${title} · 由 Markdown 靜態生成`,
  searchTitle: "搜尋",
  noResults: "沒有找到相關文章，換個關鍵詞試試。",
  resultCount: "找到 {n} 篇文章",
  resultsFor: "「{q}」的搜尋結果：{n} 篇",
  allResults: "查看全部結果",
  loadMore: "載入更多",
  searching: "正在搜尋…",
  searchHint: "輸入關鍵詞搜尋全部文章（按 / 鍵可隨時跳到搜尋框）。",
  searchFailed: "搜尋索引載入失敗，請稍後再試。",
};

export const messages = { "zh-CN": zhCN, "zh-TW": zhTW, en } as const;
export type Locale = keyof typeof messages;

export function t(locale: Locale): Messages {
  return messages[locale];
}

/** The site's own strings, in `siteConfig.language`: what every page and component shows. */
export const ui: Messages = t(siteConfig.language);

const displayNames = new Map<string, Intl.DisplayNames>();
/** "zh-HK" → "中文（香港）" in the site's language; the code itself when it is not a language tag. */
export function languageName(code: string, uiLanguage: string): string {
  let names = displayNames.get(uiLanguage);
  if (!names) displayNames.set(uiLanguage, (names = new Intl.DisplayNames([uiLanguage], { type: "language" })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
