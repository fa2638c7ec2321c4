// After a static export (`npm run export`, scripts/e2e-builds.sh, `npm run bench`): removes the App
// Router's RSC payload and segment prefetch files (`index.txt`, `__next.*.txt`) from every page folder.
// The client router fetches them only on client-side navigation (next/link, router.push) and
// prefetching; every link of this site is a plain <a>, so no reader or crawler ever requests them
// (e2e/static.spec.ts logs the requests). Each one repeats the page's body: about two thirds of the
// export's bytes, three files per page.
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

let files = 0;
let bytes = 0;
for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".txt")) continue;
  const folder = entry.parentPath;
  const payload =
    entry.name.startsWith("__next.") || (entry.name === "index.txt" && fs.existsSync(path.join(folder, "index.html")));
  if (!payload) continue;
  const file = path.join(folder, entry.name);
  bytes += fs.statSync(file).size;
  fs.rmSync(file);
  files++;
}
console.log(
  `prune-export: removed ${files} RSC payload files (${(bytes / 1024 / 1024).toFixed(1)} MB) from ${path.relative(process.cwd(), dir) || "."}`,
);
