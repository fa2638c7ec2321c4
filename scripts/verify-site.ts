/**
 * npm run verify -- [export folder, default out/]
 * Checks a static export (`npm run export`) against the content folder: zero broken links, every
 * page reachable from the home page, and every published article — and nothing else — in the
 * sitemap, on its term pages and in the search index. Exit status 1 on any problem. CI runs it on
 * the e2e suite's export (.next-export).
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { baseUrl, contentDir } from "../lib/config";
import { buildIndex } from "../lib/content/index";
import { checkLinks, checkNothingLost } from "./verify/checks";

const start = performance.now();
const outDir = path.resolve(process.argv[2] || "out");
const origin = new URL(baseUrl()).origin;
const index = buildIndex(contentDir());

const links = checkLinks(outDir, origin);
const lost = checkNothingLost(outDir, origin, index);
const problems = [...links.problems, ...lost.problems];
for (const p of problems) console.log(`${p.kind}: ${p.detail}`);
console.log(
  `${path.relative(process.cwd(), outDir) || outDir}: ${links.links} links followed, ` +
    `${links.pages} pages all reachable from the home page: ${links.problems.length ? "NO" : "yes"}; ` +
    `${lost.articles} articles checked in the sitemap, ${lost.termPages} term pages and the search index; ` +
    `${problems.length} problem(s) in ${((performance.now() - start) / 1000).toFixed(1)} s`,
);
process.exit(problems.length ? 1 : 0);
