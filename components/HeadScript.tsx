/**
 * Runs before first paint, on every full page load: applies the reader's theme (saved choice, else
 * the system's) so there is no flash of the wrong one; marks the page as scripted (so the phone
 * menu may fold); hides any image that fails to load (a remote news CDN that refuses us must never
 * leave a broken-image icon). Error events do not bubble, so one capturing listener sees them all.
 * BootFallback runs the same script where the document was rendered in the browser instead.
 */
export const THEME_KEY = "theme";

export const BOOT_SCRIPT =
  `(function(d){var h=d.documentElement;h.classList.add("js");` +
  // The theme: the saved choice, else the system's.
  `try{var t=localStorage.getItem("${THEME_KEY}");` +
  `if(t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches))h.classList.add("dark")}` +
  `catch(e){}` +
  // Images that fail from now on, and those that failed before this ran.
  `function m(i){i.setAttribute("data-broken","")}` +
  `d.addEventListener("error",function(e){var t=e.target;if(t&&t.tagName==="IMG")m(t)},true);` +
  `function s(){d.querySelectorAll("img").forEach(function(i){` +
  `if(i.complete&&i.naturalWidth===0&&i.getAttribute("src"))m(i)})}` +
  `if(d.readyState==="loading")d.addEventListener("DOMContentLoaded",s);else s()})(document);`;

export function HeadScript() {
  return <script dangerouslySetInnerHTML={{ __html: BOOT_SCRIPT }} />;
}
