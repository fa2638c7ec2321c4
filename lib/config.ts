/**
 * The one site configuration. Every per-article switch has a site default here; an article's front
 * matter wins over it (see lib/content/article.ts). Documented in README.md › Configuration.
 */
import path from "node:path";
import type { Locale } from "./i18n";

export type SidebarSide = "left" | "right" | "none";

export interface MenuItem {
  name: string;
  url: string;
}

export interface Author {
  name: string;
  bio: string;
  url?: string;
}

export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute base URL used for canonical links and feeds; `SITE_URL` overrides it. */
  baseUrl: string;
  /** UI language and default `lang` of articles that name none. */
  language: Locale;
  /** IANA zone in which dates without an explicit offset are read and all dates are shown. */
  timeZone: string;
  pageSize: number;
  sidebar: SidebarSide;
  widgets: string[];
  recentCount: number;
  /** How many of the most used tags the `taglist` widget shows. */
  tagListCap: number;
  menu: MenuItem[];
  author: Author;
  accentColor: string;
  /**
   * Server mode (`npm run build`) prebuilds only this much; the rest renders on first request and is
   * then served from cache. Static export (`npm run export`) prebuilds everything.
   */
  prebuild: { articles: number; listPages: number };
  /** Items per RSS feed (the site's and each term's). */
  feedSize: number;
  /** Site defaults of the per-article switches. */
  defaults: {
    pager: boolean;
    toc: boolean;
    authorbox: boolean;
    thumbnail: { list: boolean; post: boolean };
  };
}

export const siteConfig: SiteConfig = {
  title: "新闻阅读",
  description: "中文新闻与评论，Markdown 写作，静态生成。",
  baseUrl: "https://news.example.com",
  language: "zh-CN",
  timeZone: "Asia/Shanghai",
  pageSize: 10,
  sidebar: "right",
  widgets: ["search", "recent", "categories", "taglist", "languages"],
  recentCount: 10,
  tagListCap: 30,
  menu: [
    { name: "首页", url: "/" },
    { name: "分类", url: "/categories/" },
    { name: "标签", url: "/tags/" },
    { name: "归档", url: "/archives/" },
  ],
  author: {
    name: "编辑部",
    bio: "本站编辑部负责选题、核实与校对。",
  },
  accentColor: "#e22d30",
  prebuild: { articles: 1000, listPages: 2 },
  feedSize: 50,
  defaults: {
    pager: true,
    toc: false,
    authorbox: false,
    thumbnail: { list: true, post: true },
  },
};

/** The base URL without a trailing slash, from `SITE_URL` when set. */
export function baseUrl(): string {
  return (process.env.SITE_URL || siteConfig.baseUrl).replace(/\/+$/, "");
}

/** The folder the whole app reads articles from: `CONTENT_DIR` (absolute or project-relative) or `content/`. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || "content");
}

/** `STRICT_CONTENT=1` turns content errors into a failed build. */
export function strictContent(): boolean {
  return process.env.STRICT_CONTENT === "1";
}

/** `npm run export` sets NEXT_OUTPUT=export: every page is written to out/. */
export function isStaticExport(): boolean {
  return process.env.NEXT_OUTPUT === "export";
}

/**
 * Where a build keeps what later steps and builds reuse: its build folder's cache, which Next keeps
 * between builds (as do Vercel's and CI's build caches). A static export builds in .next whatever
 * folder it writes to (NEXT_DIST_DIR names the export, and Next empties that folder first).
 */
export function buildCacheDir(...parts: string[]): string {
  const build = isStaticExport() ? ".next" : process.env.NEXT_DIST_DIR || ".next";
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), build, "cache", ...parts);
}

/** How many articles / list pages a build writes ahead: everything in export mode. */
export function prebuildLimits(): { articles: number; listPages: number } {
  if (isStaticExport()) return { articles: Infinity, listPages: Infinity };
  const env = (name: string, fallback: number) => {
    const v = Number(process.env[name]);
    return Number.isFinite(v) && v >= 0 ? v : fallback;
  };
  return {
    articles: env("PREBUILD_ARTICLES", siteConfig.prebuild.articles),
    listPages: env("PREBUILD_LIST_PAGES", siteConfig.prebuild.listPages),
  };
}
