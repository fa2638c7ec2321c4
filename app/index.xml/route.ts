import { siteConfig } from "@/lib/config";
import { getIndex } from "@/lib/content";
import { renderFeed } from "@/lib/feed";
import { feedUrl, homeUrl } from "@/lib/urls";
import { xmlResponse } from "@/lib/xml";

export const dynamic = "force-static";
// As every page (app/layout.tsx): the content folder is live on `next start`.
export const revalidate = 15;

export function GET() {
  const body = renderFeed(
    { title: siteConfig.title, link: homeUrl(), self: feedUrl(), description: siteConfig.description },
    getIndex().listed,
  );
  return xmlResponse(body, "application/rss+xml");
}
