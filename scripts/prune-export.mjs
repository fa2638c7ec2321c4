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

/** The App Router's own tags in an exported page (Next 16, Turbopack). */
const RUNTIME = [
  /<script src="\/_next\/static\/[^"]+\.js"[^>]*><\/script>/g,
  /<link rel="preload" as="script"[^>]*href="\/_next\/static\/[^"]+\.js"[^>]*\/>/g,
  /<script>\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)<\/script>/g,
  /<script>self\.__next_f\.push\(\[[\s\S]*?\]\)<\/script>/g,
  /<script id="_R_">[\s\S]*?<\/script>/g,
];

/** The page without the runtime; null when it does not look like a page Next wrote (left as it is). */
function withoutRuntime(html) {
  if (!html.includes("self.__next_f")) return null;
  let out = html;
  for (const re of RUNTIME) out = out.replace(re, "");
  // Anything left of the payload means the format changed: keep the page whole rather than half.
  return out.includes("self.__next_f") || out.includes('src="/_next/static/') ? null : out;
}

let files = 0;
let bytes = 0;
let pages = 0;
let kept = 0;
let saved = 0;
for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
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
