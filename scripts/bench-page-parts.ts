/**
 * npx tsx scripts/bench-page-parts.ts [DIR]
 *
 * What our own code costs per article page, outside Next and React: for every published article of
 * DIR (default: CONTENT_DIR or content/), the CPU time of each step the article route runs before
 * rendering (read the body, Markdown → HTML, reading stats, related articles, neighbours), as the
 * route calls them. Prints the median and p90 per step over all articles. Compare with the
 * route's per-page CPU from `npm run bench`: the rest is rendering (React, Next).
 */
import path from "node:path";
import { buildIndex } from "../lib/content/index";
import { getArticleBody, neighbours } from "../lib/content/queries";
import { relatedArticles } from "../lib/content/related";
import { ui } from "../lib/i18n";
import { renderMarkdown } from "../lib/markdown";
import { markdownToPlainText, readingStats } from "../lib/text";
import { median } from "./measure";

const dir = path.resolve(process.argv[2] || process.env.CONTENT_DIR || "content");
const index = buildIndex(dir);
const steps: Record<string, number[]> = { body: [], markdown: [], stats: [], related: [], neighbours: [], total: [] };
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// One warm-up pass (JIT, caches of the libraries), then the measured pass.
for (const pass of [0, 1]) {
  for (const article of index.articles) {
    const t0 = cpu();
    const markdown = getArticleBody(article, index);
    const t1 = cpu();
    renderMarkdown(markdown, {
      math: article.mathjax,
      footnoteLabel: ui.footnotes,
      footnoteBackLabel: ui.footnoteBack,
    });
    const t2 = cpu();
    readingStats(markdownToPlainText(markdown));
    const t3 = cpu();
    if (pass) relatedArticles(article, index);
    const t4 = cpu();
    neighbours(article, index);
    const t5 = cpu();
    if (!pass) continue;
    steps.body.push(t1 - t0);
    steps.markdown.push(t2 - t1);
    steps.stats.push(t3 - t2);
    steps.related.push(t4 - t3);
    steps.neighbours.push(t5 - t4);
    steps.total.push(t5 - t0);
  }
}
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
console.log(`${index.articles.length} articles of ${dir}: CPU ms per article page, median (p90)`);
for (const [step, xs] of Object.entries(steps))
  console.log(`  ${step.padEnd(11)} ${median(xs).toFixed(2)} (${p90(xs).toFixed(2)})`);
