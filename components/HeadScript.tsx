import { READING_KEY, SCRIPT_KEY, THEME_KEY } from "./browser/keys";

/**
 * Runs before first paint, on every full page load: applies the reader's theme (saved choice, else
 * the system's) so there is no flash of the wrong one; marks the page as scripted (so the phone
 * menu may fold); hides any image that fails to load (a remote news CDN that refuses us must never
 * leave a broken-image icon). Error events do not bubble, so one capturing listener sees them all.
 * The reader's script and language (components/ReaderPrefs.tsx, components/browser/site.ts): a
 * saved script marks <html> `script-pending`, which hides the page until the text is converted (or
 * 1.5 s have passed, so it never stays blank); a saved reading language goes on <html data-reading>,
 * which CSS filters the lists by before they are painted.
 * BootFallback runs the same script where the document was rendered in the browser instead.
 */
/** How long the page may stay hidden waiting for the script converter. */
export const SCRIPT_WAIT_MS = 1500;

export const BOOT_SCRIPT =
  `(function(d){var h=d.documentElement;h.classList.add("js");` +
  // The theme: the saved choice, else the system's.
  `try{var t=localStorage.getItem("${THEME_KEY}");` +
  `if(t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches))h.classList.add("dark")}` +
  `catch(e){}` +
  // The reader's script (converted after load; hidden until then) and reading language.
  // (Only while the document is parsed: run late by BootFallback, the page is already shown.)
  `try{if(d.readyState==="loading"&&/^zh-(CN|HK|TW)$/.test(localStorage.getItem("${SCRIPT_KEY}")||"")){` +
  `h.classList.add("script-pending");` +
  `setTimeout(function(){h.classList.remove("script-pending")},${SCRIPT_WAIT_MS})}` +
  `var r=localStorage.getItem("${READING_KEY}");if(r==="zh"||r==="en")h.setAttribute("data-reading",r)}catch(e){}` +
  // Images that fail from now on, and those that failed before this ran.
  `function m(i){i.setAttribute("data-broken","")}` +
  `d.addEventListener("error",function(e){var t=e.target;if(t&&t.tagName==="IMG")m(t)},true);` +
  `function s(){d.querySelectorAll("img").forEach(function(i){` +
  `if(i.complete&&i.naturalWidth===0&&i.getAttribute("src"))m(i)})}` +
  `if(d.readyState==="loading")d.addEventListener("DOMContentLoaded",s);else s()})(document);`;

export function HeadScript() {
  return <script dangerouslySetInnerHTML={{ __html: BOOT_SCRIPT }} />;
}
