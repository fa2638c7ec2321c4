import type { Metadata, Viewport } from "next";
import type { CSSProperties, ReactNode } from "react";
import { BootFallback } from "@/components/BootFallback";
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
      </body>
    </html>
  );
}
