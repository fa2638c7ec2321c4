/** RSS 2.0 for the site and for each term: newest N, absolute links, summary, thumbnail as media. */
import type { Article } from "./content/article";
import { siteConfig } from "./config";
import { absoluteUrl, articleUrl } from "./urls";
import { escapeXml } from "./xml";

export interface FeedChannel {
  title: string;
  /** Site-relative URL of the page the feed belongs to, and of the feed itself. */
  link: string;
  self: string;
  description: string;
}

function imageType(src: string): string {
  const ext = /\.(png|gif|webp|avif|svg)(?:[?#]|$)/i.exec(src)?.[1]?.toLowerCase();
  return ext === "svg" ? "image/svg+xml" : ext ? `image/${ext}` : "image/jpeg";
}

export function renderFeed(channel: FeedChannel, articles: Article[]): string {
  const items = articles.slice(0, siteConfig.feedSize).map((a) => {
    const url = absoluteUrl(articleUrl(a.slug));
    const parts = [
      `<title>${escapeXml(a.title)}</title>`,
      `<link>${escapeXml(url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      a.date ? `<pubDate>${a.date.toUTCString()}</pubDate>` : "",
      `<description>${escapeXml(a.summary)}</description>`,
      ...a.categories.map((c) => `<category>${escapeXml(c.name)}</category>`),
      a.thumbnail
        ? `<media:content url="${escapeXml(absoluteUrl(a.thumbnail.src))}" medium="image" type="${imageType(a.thumbnail.src)}"/>`
        : "",
    ];
    return `<item>${parts.filter(Boolean).join("")}</item>`;
  });
  const newest = articles.find((a) => a.date)?.date;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>${escapeXml(channel.title)}</title>
<link>${escapeXml(absoluteUrl(channel.link))}</link>
<description>${escapeXml(channel.description)}</description>
<language>${escapeXml(siteConfig.language.toLowerCase())}</language>
<atom:link href="${escapeXml(absoluteUrl(channel.self))}" rel="self" type="application/rss+xml"/>
${newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>\n` : ""}<generator>news-reader (Next.js)</generator>
${items.join("\n")}
</channel>
</rss>
`;
}
