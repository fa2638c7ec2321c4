/** Page metadata (title, description, canonical, Open Graph, Twitter) and the article's JSON-LD. */
import type { Metadata } from "next";
import type { Article } from "./content/article";
import { siteConfig } from "./config";
import { isoWithZone } from "./dates";
import { absoluteUrl, articleUrl, feedUrl } from "./urls";

export interface PageMeta {
  title?: string;
  description?: string;
  /** Site-relative canonical URL. */
  path: string;
  image?: string | null;
  /** The RSS feed that belongs to this page, if not the site's. */
  feed?: { url: string; title: string };
}

export function pageMetadata({ title, description, path, image, feed }: PageMeta): Metadata {
  const desc = description || siteConfig.description;
  const images = image ? [{ url: absoluteUrl(image) }] : undefined;
  return {
    // No `title` key at all when the page has none: an undefined one would drop the site's default.
    ...(title ? { title } : {}),
    description: desc,
    alternates: {
      canonical: path,
      types: { "application/rss+xml": [feed ?? { url: feedUrl(), title: siteConfig.title }] },
    },
    openGraph: {
      type: "website",
      siteName: siteConfig.title,
      locale: siteConfig.language.replace("-", "_"),
      url: path,
      title: title ?? siteConfig.title,
      description: desc,
      images,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title: title ?? siteConfig.title,
      description: desc,
      images: images?.map((i) => i.url),
    },
  };
}

export function articleMetadata(article: Article): Metadata {
  const base = pageMetadata({
    title: article.title,
    description: article.description || article.summary,
    path: articleUrl(article.slug),
    image: article.thumbnail?.src,
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: "article",
      locale: article.lang.replace("-", "_"),
      publishedTime: article.date ? isoWithZone(article.date, siteConfig.timeZone) : undefined,
      section: article.categories[0]?.name,
      tags: article.tags.map((t) => t.name),
    },
  };
}

/** schema.org NewsArticle; dates in ISO 8601 with the site zone's offset. */
export function newsArticleJsonLd(article: Article): Record<string, unknown> {
  const url = absoluteUrl(articleUrl(article.slug));
  const date = article.date ? isoWithZone(article.date, siteConfig.timeZone) : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description || article.summary,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    inLanguage: article.lang,
    datePublished: date,
    dateModified: article.updated ? isoWithZone(article.updated, siteConfig.timeZone) : date,
    image: article.thumbnail ? [absoluteUrl(article.thumbnail.src)] : undefined,
    articleSection: article.categories.map((c) => c.name),
    keywords: article.tags.map((t) => t.name).join(", ") || undefined,
    author: { "@type": "Organization", name: siteConfig.author.name },
    publisher: { "@type": "Organization", name: siteConfig.title, url: absoluteUrl("/") },
  };
}
