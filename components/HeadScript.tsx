/**
 * Runs before first paint, on every full page load: marks the page as scripted (so the phone menu
 * may fold) and hides any image that fails to load (a remote news CDN that refuses us must never
 * leave a broken-image icon). Error events do not bubble, so one capturing listener sees them all.
 */
const script = `(function(d){d.documentElement.classList.add("js");function m(i){i.setAttribute("data-broken","")}d.addEventListener("error",function(e){var t=e.target;if(t&&t.tagName==="IMG")m(t)},true);d.addEventListener("DOMContentLoaded",function(){d.querySelectorAll("img").forEach(function(i){if(i.complete&&i.naturalWidth===0&&i.getAttribute("src"))m(i)})})})(document);`;

export function HeadScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
