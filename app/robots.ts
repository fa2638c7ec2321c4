import type { MetadataRoute } from "next";
import { absoluteUrl, searchUrl, sitemapUrl } from "@/lib/urls";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: [searchUrl()] }], sitemap: absoluteUrl(sitemapUrl()) };
}
