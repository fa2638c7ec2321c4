// After a static export (`npm run export`, scripts/e2e-builds.sh, `npm run bench`), keeps what readers
// and crawlers request, nothing else:
//
// - The RSC payload and segment prefetch files (`index.txt`, `__next.*.txt`) of every page folder.
//   The client router fetches them only on client-side navigation (next/link, router.push) and
//   prefetching; every link of this site is a plain <a>, so nothing ever requests them
//   (e2e/static.spec.ts logs the requests). Each repeats the page's body. With our patch to Next
//   (next.config.ts, scripts/patches) the build writes no segment files; any that a build without
//   it wrote go too.
// - The React runtime in every page: the App Router's script tags, its preloads and the inline RSC
//   payload (`self.__next_f.push(…)`, the whole page again as a string: over half the seed article's
//   HTML), and the runtime's chunk files. They exist to hydrate the page, and an exported page needs
//   no hydration: the site has no React client behaviour but BootFallback, which only serves the
//   Node host, and its own browser code is public/js/site.js (components/browser/site.ts), which
//   starts without React when the runtime is absent. Stylesheets, the head script, JSON-LD and the
//   visit marks' script stay.
//
//   node scripts/prune-export.mjs [dir]   (default: NEXT_DIST_DIR when it is not .next, else out/)
import fs from "node:fs";
import path from "node:path";

const dist = process.env.NEXT_DIST_DIR;
const dir = path.resolve(process.argv[2] || (dist && dist !== ".next" ? dist : "out"));
if (!fs.existsSync(path.join(dir, "index.html"))) {
  console.error(`prune-export: ${dir} is not a static export (no index.html)`);
  process.exit(1);
}

/**
 * The App Router's own tags in an exported page (Next 16, Turbopack): its chunks' script tags and
 * preloads, the payload's first push, its pushes (the inline RSC payload) and its bootstrap.
 */
const SRC = /^<script src="\/_next\/static\/[^"]+\.js"[^>]*><\/script>$/;
const PRELOAD = /^<link rel="preload" as="script"[^>]*href="\/_next\/static\/[^"]+\.js"[^>]*\/>$/;
const FIRST_PUSH = "<script>(self.__next_f=self.__next_f||[]).push([0])</script>";
const isRuntimeScript = (tag) =>
  tag === FIRST_PUSH ||
  (tag.startsWith("<script>self.__next_f.push([") && tag.endsWith("])</script>")) ||
  tag.startsWith('<script id="_R_">') ||
  SRC.test(tag);

/**
 * The page without the runtime; null when it does not look like a page Next wrote (left as it is).
 * A scan from tag to tag, not a regular expression over the page: the payload is half the page's
 * bytes, and a script ends at the first `</script>` (inside one, Next escapes `<`).
 */
function withoutRuntime(html) {
  if (!html.includes("self.__next_f")) return null;
  const cuts = []; // [start, end) of each tag to remove
  for (let i = html.indexOf("<script"); i >= 0;) {
    const end = html.indexOf("</script>", i);
    if (end < 0) break;
    const stop = end + "</script>".length;
    if (isRuntimeScript(html.slice(i, stop))) cuts.push([i, stop]);
    i = html.indexOf("<script", stop);
  }
  for (let i = html.indexOf('<link rel="preload" as="script"'); i >= 0;) {
    const stop = html.indexOf(">", i) + 1;
    if (stop === 0) break;
    if (PRELOAD.test(html.slice(i, stop))) cuts.push([i, stop]);
    i = html.indexOf('<link rel="preload" as="script"', stop);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, stop] of cuts) {
    if (start < at) continue; // a preload inside a removed script: already gone
    out += html.slice(at, start);
    at = stop;
  }
  out += html.slice(at);
  // Anything left of the payload means the format changed: keep the page whole rather than half.
  return out.includes("self.__next_f") || out.includes('src="/_next/static/') ? null : out;
}

let files = 0;
let bytes = 0;
let pages = 0;
let kept = 0;
let saved = 0;
// Every file but the search index's (pagefind/: none is Next's, and scripts/finish-export.sh builds
// it at the same time).
const entries = fs
  .readdirSync(dir, { withFileTypes: true })
  .flatMap((top) =>
    top.name === "pagefind"
      ? []
      : top.isDirectory()
        ? fs.readdirSync(path.join(dir, top.name), { recursive: true, withFileTypes: true })
        : [top],
  );
for (const entry of entries) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  if (entry.name.endsWith(".html")) {
    const html = fs.readFileSync(file, "utf8");
    const out = withoutRuntime(html);
    if (out === null) {
      if (html.includes("self.__next_f")) kept++;
      continue;
    }
    fs.writeFileSync(file, out);
    saved += Buffer.byteLength(html) - Buffer.byteLength(out);
    pages++;
    continue;
  }
  const payload =
    entry.name.endsWith(".txt") &&
    (entry.name.startsWith("__next.") ||
      (entry.name === "index.txt" && fs.existsSync(path.join(entry.parentPath, "index.html"))));
  const runtime = entry.name.endsWith(".js") && file.startsWith(path.join(dir, "_next", "static") + path.sep);
  if (!payload && !runtime) continue;
  bytes += fs.statSync(file).size;
  fs.rmSync(file);
  files++;
}
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `prune-export: ${pages} pages without the React runtime (${mb(saved)}), ` +
    `${files} payload and runtime files removed (${mb(bytes)}) from ${path.relative(process.cwd(), dir) || "."}`,
);
if (kept) {
  console.error(`prune-export: ${kept} pages kept the runtime: Next's page format changed (scripts/prune-export.mjs)`);
  process.exit(1);
}
