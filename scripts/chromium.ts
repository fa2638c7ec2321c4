/**
 * The Chromium the tests and Lighthouse drive: Debian's (/usr/bin/chromium) or
 * PLAYWRIGHT_CHROMIUM_PATH when present, else Playwright's own; started without the background
 * services that reach for Google's hosts (refused on closed networks, and noise in measurements).
 */
import fs from "node:fs";

export function systemChromium(): string | undefined {
  const path = process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium";
  return fs.existsSync(path) ? path : undefined;
}

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
