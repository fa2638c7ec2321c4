/**
 * What keeping up with the content folder costs on `next start` (lib/content/live.ts): a scan that
 * finds nothing, a scan after one file changed (parse it, assemble the index again), and the
 * assembly alone.
 *
 *   npx tsx scripts/bench-live.ts <content dir> [--parse <n>]
 *
 * The server starts from the build's parsed content; here, parsing 100,000 files first would take
 * minutes, so `--parse n` parses the first n files and gives the others a copy of one of those
 * (their own path and slug): the index has every file, the scans look at every file.
 */
import fs from "node:fs";
import path from "node:path";
import { assembleIndex } from "../lib/content/assemble";
import { findFiles, readFiles, statFiles } from "../lib/content/files";
import { LiveContent } from "../lib/content/live";
import { collectArticles, parseArticles, type Parsed } from "../lib/content/parse";

const ms = (start: number) => `${Math.round(performance.now() - start)} ms`;

async function main() {
  const dir = path.resolve(process.argv[2] ?? "content");
  const n = Number(process.argv[process.argv.indexOf("--parse") + 1]) || Infinity;
  const files = findFiles(dir);
  const stats = statFiles(files);
  let start = performance.now();
  const sample = parseArticles(readFiles(files.slice(0, n), []));
  console.log(`parsed ${sample.articles.length} of ${files.length} files in ${ms(start)}`);
  const articles = files.map((file, i) => {
    const a = sample.articles[i % sample.articles.length];
    return { ...a, file, slug: path.basename(file, ".md") };
  });
  const parsed: Parsed = { articles, diagnostics: [], files: stats };

  start = performance.now();
  const live = new LiveContent(dir);
  live.seed(parsed);
  console.log(`started from the build's content (${live.index.articles.length} articles): ${ms(start)}`);

  for (let i = 0; i < 3; i++) {
    const r = await live.refresh();
    console.log(`scan, nothing changed: ${r.ms} ms (assembled: ${r.assembled})`);
  }

  const changed = files[Math.floor(files.length / 2)];
  const text = fs.readFileSync(changed, "utf8");
  fs.writeFileSync(changed, text.replace(/^title: .*$/m, 'title: "bench-live"'));
  const past = new Date(Date.now() - 5000);
  fs.utimesSync(changed, past, past);
  try {
    const r = await live.refresh();
    console.log(`scan, one file changed: ${r.ms} ms (changed ${r.changed.length}, ${r.articles} articles)`);
  } finally {
    fs.writeFileSync(changed, text);
  }

  start = performance.now();
  const index = assembleIndex(
    collectArticles(articles.map((article) => ({ file: article.file, article, diagnostics: [] }))),
  );
  console.log(`collect + assemble alone: ${ms(start)} (${index.articles.length} articles)`);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`heap used: ${Math.round(heap)} MB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
