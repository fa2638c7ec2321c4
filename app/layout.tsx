import type { Metadata, Viewport } from "next";
import type { CSSProperties, ReactNode } from "react";
import { BootFallback } from "@/components/BootFallback";
import { SITE_SCRIPT } from "@/components/browser/keys";
import { HeadScript } from "@/components/HeadScript";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { VisitMarks } from "@/components/VisitMarks";
import { baseUrl, siteConfig } from "@/lib/config";
import { menuItems } from "@/lib/content/queries";
import { ui } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(baseUrl()),
  title: { default: siteConfig.title, template: `%s - ${siteConfig.title}` },
  description: siteConfig.description,
};

/**
 * Every page shows the content index (its lists, and the sidebar's recent articles and terms on
 * every page), which `next start` keeps up with the content folder (lib/content/live.ts). A cached
 * page is served as is for 15 s, then once more while it renders again in the background; past
 * next.config.ts `expireTime` (30 s) it renders before it is served. So a page is never more than
 * ~30 s behind the index. A literal: Next reads it without running the module.
 */
export const revalidate = 15;

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2a2a2a" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig.language} style={{ "--color-accent": siteConfig.accentColor } as CSSProperties}>
      <head>
        <HeadScript />
      </head>
      <body className="flex min-h-screen flex-col font-sans leading-relaxed antialiased">
        <a
          href="#main"
          className={
            "sr-only z-50 bg-accent text-white " +
            "focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:px-4 focus:py-2 focus-visible:outline-white"
          }
        >
          {ui.skipToContent}
        </a>
        <SiteHeader menu={menuItems("main")} />
        <div className="flex-1">{children}</div>
        <SiteFooter links={menuItems("footer")} />
        <BootFallback />
        <VisitMarks />
        {/* The site's browser code (components/browser/site.ts); a module script is deferred. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script type="module" src={SITE_SCRIPT} />
      </body>
    </html>
  );
}
