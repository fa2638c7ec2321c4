/**
 * npm run bench:search -- --articles N
 *
 * Generates N articles, builds the Pagefind index from them (scripts/build-search.ts) and prints:
 * build wall time and peak memory, index size on disk and file count; then, in Chromium against a
 * loopback static server, the bytes transferred for a first query and the time from a query to its
 * first five results once the index is loaded (median of several queries). A benchmark, not a test.
 *
 * npm run bench:search -- --content DIR   indexes that folder instead of generated articles (left in
 * place) and also prints, for Simplified/Traditional pairs of news words, the result count of each
 * spelling, folded as the site folds a query (lib/script/fold.ts): they must be equal.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { generateArticles } from "./generate-articles";
import { mb, median, runMeasured } from "./measure";
import { foldScript } from "../lib/script/fold";

const argv = process.argv.slice(2);
const ARTICLES = Number(argv[argv.indexOf("--articles") + 1]) || 10_000;
const CONTENT = argv.includes("--content") ? path.resolve(argv[argv.indexOf("--content") + 1]) : null;
const PAIRS = [
  ["台积电", "台積電"],
  ["国际", "國際"],
  ["经济", "經濟"],
  ["发展", "發展"],
  ["选举", "選舉"],
  ["银行", "銀行"],
  ["关税", "關稅"],
  ["电动车", "電動車"],
];
function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

async function main() {
  const content = CONTENT ?? fs.mkdtempSync(path.join(os.tmpdir(), `bench-search-${ARTICLES}-`));
  if (!CONTENT) generateArticles(content, ARTICLES);
  const { ms: wall, peak, log } = await runMeasured("npx tsx scripts/build-search.ts", { CONTENT_DIR: content });
  process.stdout.write(log);
  const dir = path.join(process.cwd(), "public", "pagefind");
  const size = dirSize(dir);

  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = path.join(dir, url.replace(/^\/pagefind\//, ""));
    if (url === "/") {
      res.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><title>bench</title>");
    } else if (file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const type = file.endsWith(".js")
        ? "text/javascript"
        : file.endsWith(".wasm") || /\.pf_/.test(file)
          ? "application/wasm"
          : "application/octet-stream";
      res.writeHead(200, { "Content-Type": type }).end(fs.readFileSync(file));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const executablePath =
    process.env.PLAYWRIGHT_CHROMIUM_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on("response", async (r) => {
      if (r.url().includes("/pagefind/")) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    const first = await page.evaluate(async () => {
      const t = performance.now();
      const pf = await import(/* webpackIgnore: true */ "/pagefind/pagefind.js" as string);
      const r = await pf.search("净利润");
      await Promise.all(r.results.slice(0, 5).map((x: { data(): Promise<unknown> }) => x.data()));
      (window as unknown as { pf: unknown }).pf = pf;
      return performance.now() - t;
    });
    await page.waitForTimeout(300);
    const firstBytes = bytes;
    const times: number[] = [];
    for (const q of ["市场", "投资", "technology", "利润", "platform growth", "人工智能", "港口", "数据"]) {
      times.push(
        await page.evaluate(async (query) => {
          const pf = (
            window as unknown as { pf: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }
          ).pf;
          const t = performance.now();
          const r = await pf.search(query);
          await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
          return performance.now() - t;
        }, q),
      );
    }
    const counts: string[] = [];
    for (const pair of PAIRS) {
      const [a, b] = await Promise.all(
        pair.map((q) =>
          page.evaluate(async (query) => {
            const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: unknown[] }> } }).pf;
            return (await pf.search(query)).results.length;
          }, foldScript(q)),
        ),
      );
      counts.push(`  ${pair[0]} ${a} · ${pair[1]} ${b}${a === b ? "" : "   ← DIFFERENT"}`);
    }
    console.log(`
search index, ${CONTENT ? path.relative(process.cwd(), CONTENT) : `${ARTICLES} articles`}
  build:                 ${(wall / 1000).toFixed(1)} s wall, peak ${mb(peak)}
  index on disk:         ${mb(size.bytes)} in ${size.files} files
  first query "净利润":  ${(firstBytes / 1024).toFixed(0)} KB transferred, ${first.toFixed(0)} ms including loading
  query → 5 results:     ${median(times).toFixed(1)} ms median over ${times.length} queries (index loaded; each query fetches its own chunks)
results, Simplified · Traditional spelling:
${counts.join("\n")}`);
  } finally {
    await browser.close();
    server.close();
    if (!CONTENT) fs.rmSync(content, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
