/** What the browser remembers (localStorage), shared by the head script and the site script. */
export const THEME_KEY = "theme";
/** Saved script the reader shows Chinese in: "zh-CN", "zh-HK" or "zh-TW"; none = as written. */
export const SCRIPT_KEY = "script";
/** Saved reading language: "zh" or "en"; none = all. */
export const READING_KEY = "reading";
/** The site script's URL (written by `npm run browser`, scripts/build-browser.mjs). */
export const SITE_SCRIPT = "/js/site.js";
