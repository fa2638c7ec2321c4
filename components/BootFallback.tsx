"use client";

import { useEffect } from "react";
import { SITE_SCRIPT } from "./browser/keys";
import { BOOT_SCRIPT } from "./HeadScript";

/**
 * The one React client component, for the Node host (the static export ships no React):
 * - It tells the site script (components/browser/site.ts) that React has hydrated the page
 *   (`data-hydrated` on <html> and a `hydrated` event), so the script changes the DOM only after.
 * - The head script and the site script never run in a document that React rendered in the
 *   browser: an inline script React inserts is not executed. The Node host answers unknown URLs that
 *   way (an empty shell, the 404 page rendered client-side), and there the reader's dark theme, the
 *   folding phone menu and the broken-image guard were all missing. If they have not run, run them.
 */
export function BootFallback() {
  useEffect(() => {
    const html = document.documentElement;
    if (!html.classList.contains("js")) {
      const boot = document.createElement("script");
      boot.textContent = BOOT_SCRIPT;
      document.head.appendChild(boot);
    }
    // A module runs once per document: where the page's own tag already ran it, this does nothing.
    const site = document.createElement("script");
    site.type = "module";
    site.src = SITE_SCRIPT;
    document.body.appendChild(site);
    html.setAttribute("data-hydrated", "");
    document.dispatchEvent(new Event("hydrated"));
  }, []);
  return null;
}
