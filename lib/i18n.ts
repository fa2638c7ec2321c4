/** Every UI string, per language. Components take strings from `t()`, never literals. */

const zhCN = {
  skipToContent: "跳到正文",
  menu: "菜单",
  sidebar: "侧栏",
  mainMenu: "主菜单",
  search: "搜索",
  searchPlaceholder: "搜索文章…",
  recent: "最新文章",
  categories: "分类",
  tags: "标签",
  allTags: "全部标签",
  tableOfContents: "目录",
  olderArticle: "上一篇",
  newerArticle: "下一篇",
  articlePager: "文章导航",
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
  noArticles: "还没有文章。",
  undated: "未注明日期",
  footer: (title: string, year: number) => `© ${year} ${title} · 由 Markdown 静态生成`,
  searchTitle: "搜索",
  searchComing: (q: string) => `站内全文搜索正在建设中。你搜索的是“${q}”，可以先按分类或标签浏览：`,
};

export type Messages = typeof zhCN;

const en: Messages = {
  skipToContent: "Skip to content",
  menu: "Menu",
  sidebar: "Sidebar",
  mainMenu: "Main menu",
  search: "Search",
  searchPlaceholder: "Search articles…",
  recent: "Recent articles",
  categories: "Categories",
  tags: "Tags",
  allTags: "All tags",
  tableOfContents: "Page content",
  olderArticle: "Previous",
  newerArticle: "Next",
  articlePager: "Article navigation",
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
  noArticles: "No articles yet.",
  undated: "Undated",
  footer: (title, year) => `© ${year} ${title} · Generated from Markdown`,
  searchTitle: "Search",
  searchComing: (q) => `On-site full-text search is being built. You searched for “${q}”; meanwhile, browse by category or tag:`,
};

const zhTW: Messages = {
  ...zhCN,
  skipToContent: "跳到正文",
  menu: "選單",
  sidebar: "側欄",
  mainMenu: "主選單",
  search: "搜尋",
  searchPlaceholder: "搜尋文章…",
  recent: "最新文章",
  categories: "分類",
  tags: "標籤",
  allTags: "全部標籤",
  tableOfContents: "目錄",
  olderArticle: "上一篇",
  newerArticle: "下一篇",
  articlePager: "文章導覽",
  pagination: "分頁",
  previousPage: "上一頁",
  nextPage: "下一頁",
  aboutAuthor: (name) => `關於 ${name}`,
  termTitle: (taxonomy, name) => `${taxonomy}：${name}`,
  notFoundTitle: "頁面不存在",
  notFoundText: "你要找的頁面不存在，可能已被移動或刪除。",
  backHome: "返回首頁",
  source: "原文",
  noArticles: "還沒有文章。",
  undated: "未註明日期",
  footer: (title, year) => `© ${year} ${title} · 由 Markdown 靜態生成`,
  searchTitle: "搜尋",
  searchComing: (q) => `站內全文搜尋正在建設中。你搜尋的是「${q}」，可以先按分類或標籤瀏覽：`,
};

export const messages = { "zh-CN": zhCN, "zh-TW": zhTW, en } as const;
export type Locale = keyof typeof messages;

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(messages, value);
}

export function t(locale: Locale): Messages {
  return messages[locale];
}
