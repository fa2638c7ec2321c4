"use client";

import { useEffect } from "react";
import { BOOT_SCRIPT } from "./HeadScript";

/**
 * The head script never runs in a document that React rendered in the browser: an inline script
 * React inserts is not executed. The Node host answers unknown URLs that way (an empty shell, the
 * 404 page rendered client-side), and there the reader's dark theme, the folding phone menu and the
 * broken-image guard were all missing. If the script has not run (no `js` class), run it now.
 */
export function BootFallback() {
  useEffect(() => {
    if (document.documentElement.classList.contains("js")) return;
    const script = document.createElement("script");
    script.textContent = BOOT_SCRIPT;
    document.head.appendChild(script);
  }, []);
  return null;
}
