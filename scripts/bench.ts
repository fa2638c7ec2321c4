/**
 * npm run bench -- [--articles N | --content DIR] [--mode export|server] [--runs R] [--cpus C] [--prebuild P]
 *                   [--no-floor] [--warm]
 *
 * Generates N articles (scripts/generate-articles.ts) into a temporary folder, or reads the articles
 * of DIR (left as it is: a real corpus such as ../shared/corpus/real-3k), builds the site from them R
 * times and prints medians: wall time, ms per article, peak memory of the whole build (all
 * processes), output size and file count; the page weight of the home page and an article (HTML,
 * CSS, JS, raw and gzip); in server mode the latency of the first and a repeated request for
 * articles that were not prebuilt, and (with the floor) of bare pages that were not prebuilt.
 *
 * The floor: each run also builds a bare App Router app (scratch folder .next-bench-floor/, never
 * part of the site: a root layout and a route that renders only a title) with as many pages as the
 * run prerendered articles, and prints the CPU time of one prerendered page, ours (per route) and
 * the bare one, and their ratio (scripts/page-cpu.cjs measures them inside the build workers).
 * Every run starts without the bodies an earlier build rendered (lib/markdown/body-cache): a
 * first build, or one after a code change. With --warm they are kept, so runs after the first
 * read them back (in server mode with the rest of the build's cache folder): a rebuild after new
 * articles arrived.
 * A benchmark, not a test: run it on a quiet machine.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import zlib from "node:zlib";
import { assembleIndex, withStories } from "../lib/content/assemble";
import { buildIndex, parseContent } from "../lib/content/index";
import { siteConfig } from "../lib/config";
import { pageCount } from "../lib/pagination";
import { articleUrl } from "../lib/urls";
import { decode, loadOrParse } from "../lib/content/store";
import { generateArticles } from "./generate-articles";
import { kb, mb, median, runMeasured, waitForServer } from "./measure";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const CONTENT = arg("content", "");
let ARTICLES = Number(arg("articles", "1000"));
const FLOOR = !args.includes("--no-floor");
const WARM = args.includes("--warm");
const MODE = arg("mode", "export") as "export" | "server";
const RUNS = Number(arg("runs", "3"));
const CPUS = arg("cpus", "");
const PREBUILD = arg("prebuild", "");
const ROOT = process.cwd();
const DIST = ".next-bench";
const PORT = 3300 + Math.floor(Math.random() * 500);
const FLOOR_APP = path.join(ROOT, ".next-bench-floor");
const PAGE_CPU = path.join(ROOT, "scripts", "page-cpu.cjs");
const ARTICLE_ROUTE = "/posts/[slug]/page";

function walk(dir: string, skip: (p: string) => boolean = () => false): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (skip(p)) continue;
    if (e.isDirectory()) {
      const r = walk(p, skip);
      bytes += r.bytes;
      files += r.files;
    } else {
      bytes += fs.statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

interface Weight {
  html: [number, number];
  css: [number, number];
  js: [number, number];
}

/** HTML, and the CSS and JS it loads, raw and gzip, from a function that fetches a path. */
async function pageWeight(get: (p: string) => Promise<Buffer>, page: string): Promise<Weight> {
  const html = await get(page);
  const text = html.toString("utf8");
  const gz = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;
  const w: Weight = { html: [html.length, gz(html)], css: [0, 0], js: [0, 0] };
  const assets = new Set<string>();
  // Not Next's polyfills: a `noModule` script, which no browser with modules downloads.
  for (const m of text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/(?:_next|js)\/[^"]+\.(?:js|css))"[^>]*>/g))
    if (!/\snomodule\b/i.test(m[0])) assets.add(m[1]);
  for (const a of assets) {
    const body = await get(a);
    const kind = a.endsWith(".css") ? "css" : "js";
    w[kind][0] += body.length;
    w[kind][1] += gz(body);
  }
  return w;
}

function fmtWeight(w: Weight): string {
  return `HTML ${kb(w.html[0])} (${kb(w.html[1])} gz) · CSS ${kb(w.css[0])} (${kb(w.css[1])} gz) · JS ${kb(w.js[0])} (${kb(w.js[1])} gz)`;
}

/**
 * `next start` of a build (`app` "" for the site, else the bare app's folder) on loopback, then for
 * each path a first request (rendered on demand: not prebuilt) and a repeat (served from the page
 * cache), each on a new connection. The server is up once `/` answers (a prerendered page of
 * another route), so the first path also loads its route's code, as on a live server.
 */
async function serverLatencies(
  app: string,
  env: Record<string, string>,
  paths: string[],
): Promise<{ first: number[]; repeat: number[] }> {
  const port = PORT + (app ? 1 : 0);
  const server = spawn("npx", ["next", "start", ...(app ? [app] : []), "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${base}/`);
    const first: number[] = [];
    const repeat: number[] = [];
    // node:http on a new connection each time, as curl times it: Node's fetch added 4–5 ms of its
    // own to every request measured here (12.5 vs 7.8 ms for the same cached page, same server).
    const time = (url: string) =>
      new Promise<number>((resolve, reject) => {
        const t = performance.now();
        http
          .get(url, { agent: false }, (res) => {
            res.resume();
            res.on("end", () =>
              res.statusCode === 200 ? resolve(performance.now() - t) : reject(new Error(`${url}: ${res.statusCode}`)),
            );
          })
          .on("error", reject);
      });
    // Every first request, then every repeat: a repeat is timed once the server has finished what a
    // render leaves to do after its response (storing the page in its cache), as when the next
    // reader comes, not while it is still at it.
    for (const p of paths) first.push(await time(`${base}${p}`));
    for (const p of paths) repeat.push(await time(`${base}${p}`));
    return { first, repeat };
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

/** What scripts/page-cpu.cjs logged: per route, the CPU ms of each prerendered page. */
function readPageCpu(file: string): { routes: Map<string, number[]> } {
  const routes = new Map<string, number[]>();
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  for (const line of text.split("\n")) {
    const [route, micros] = line.split("\t");
    if (!micros) continue;
    routes.set(route, [...(routes.get(route) ?? []), Number(micros) / 1000]);
  }
  return { routes };
}

/** The bare App Router app: a root layout with <html> and <body>, and `pages` pages that render a title. */
function writeFloorApp(pages: number): void {
  fs.rmSync(FLOOR_APP, { recursive: true, force: true });
  fs.mkdirSync(path.join(FLOOR_APP, "app", "p", "[n]"), { recursive: true });
  const files: Record<string, string> = {
    "next.config.mjs": `export default {
  output: process.env.NEXT_OUTPUT === "export" ? "export" : undefined,
  trailingSlash: true,
  experimental: { cpus: Number(process.env.BUILD_CPUS) || 2 },
};
`,
    "app/layout.jsx": `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
    "app/page.jsx": `export default function Home() {
  return <h1>Home</h1>;
}
`,
    "app/p/[n]/page.jsx": `export function generateStaticParams() {
  return Array.from({ length: ${pages} }, (_, i) => ({ n: String(i) }));
}

export default async function Page({ params }) {
  const { n } = await params;
  return <h1>Article {n}</h1>;
}
`,
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(FLOOR_APP, name), text);
}

async function main() {
  let content: string;
  if (CONTENT) {
    content = path.resolve(CONTENT);
    const { articles, archive } = buildIndex(content);
    ARTICLES = articles.length;
    const dayPages = archive.days.reduce((n, d) => n + pageCount(d.articles.length, siteConfig.pageSize), 0);
    console.log(
      `${content}: ${ARTICLES} articles; archive: ${archive.years.length} years, ${archive.months.size} months, ${archive.days.length} days (${dayPages} day pages), ${archive.undated} undated`,
    );
  } else {
    content = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${ARTICLES}-`));
    const t0 = performance.now();
    generateArticles(content, ARTICLES);
    console.log(`generated ${ARTICLES} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${content}`);
  }
  const cleanUp = () => {
    if (!CONTENT) fs.rmSync(content, { recursive: true, force: true });
  };
  if (args.includes("--index-only")) {
    // Parse the folder into the shared index file once (as a build does), then load it as a worker would.
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "bench-dist-"));
    process.env.NEXT_DIST_DIR = dist;
    process.env.NEXT_PHASE = "phase-production-build";
    let t = performance.now();
    loadOrParse(content, () => withStories(parseContent(content)));
    const parseMs = performance.now() - t;
    const loads: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      process.env.NEXT_PHASE = "phase-production-server";
      t = performance.now();
      assembleIndex(loadOrParse(content, () => withStories(parseContent(content))));
      loads.push(performance.now() - t);
    }
    const file = fs.readdirSync(path.join(dist, "cache", "content-index"))[0];
    const bytes = fs.statSync(path.join(dist, "cache", "content-index", file)).size;
    console.log(
      `index of ${path.basename(content)}: parsed in ${(parseMs / 1000).toFixed(1)} s, file ${mb(bytes)}, loaded + assembled in ${median(loads).toFixed(0)} ms (median of ${RUNS}), heap ${mb(process.memoryUsage().heapUsed)}`,
    );
    fs.rmSync(dist, { recursive: true, force: true });
    cleanUp();
    return;
  }
  const env: Record<string, string> = { CONTENT_DIR: content, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" };
  if (MODE === "export") env.NEXT_OUTPUT = "export";
  if (CPUS) env.BUILD_CPUS = CPUS;
  if (PREBUILD) env.PREBUILD_ARTICLES = PREBUILD;
  const cpuLog = path.join(os.tmpdir(), `bench-page-cpu-${process.pid}.tsv`);
  // The site script every page loads (public/js/), as `npm run build` and `npm run export` write it.
  await runMeasured("node scripts/build-browser.mjs", env, ROOT);
  if (FLOOR) {
    env.BENCH_PAGE_CPU = cpuLog;
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --require=${PAGE_CPU}`.trim();
  }

  const walls: number[] = [];
  const peaks: number[] = [];
  const ours = new Map<string, number[]>(); // route → median CPU ms of one page, per run
  const bare: number[] = [];
  let pages = 0;
  let barePrebuilt = 0; // pages the last run's bare app prerendered: /p/0/ to /p/<that - 1>/
  // The build's cache folder (lib/config buildCacheDir): a static export builds in .next.
  const bodies = path.join(ROOT, MODE === "export" ? ".next" : DIST, "cache", "bodies");
  for (let r = 0; r < RUNS; r++) {
    const dist = path.join(ROOT, DIST);
    for (const name of fs.existsSync(dist) ? fs.readdirSync(dist) : [])
      if (!(WARM && name === "cache")) fs.rmSync(path.join(dist, name), { recursive: true, force: true });
    if (!WARM) fs.rmSync(bodies, { recursive: true, force: true });
    fs.rmSync(cpuLog, { force: true });
    // An export is what `npm run export` ships: the build, then the payload files pruned and the old
    // URLs' pages written; not the search index (`npm run bench:search` times it; Hugo, the issue's
    // anchor, makes none).
    const build = MODE === "export" ? "npx next build && bash scripts/finish-export.sh --no-search" : "npx next build";
    const { ms, peak, log } = await runMeasured(build, env, ROOT);
    walls.push(ms);
    peaks.push(peak);
    pages = Number(
      /Generating static pages using \d+ workers? \((\d+)\/\1\)/.exec(log)?.[1] ??
        /\((\d+)\/(\d+)\) in/.exec(log)?.[2] ??
        0,
    );
    let floor = "";
    if (FLOOR) {
      const { routes } = readPageCpu(cpuLog);
      for (const [route, xs] of routes) ours.set(route, [...(ours.get(route) ?? []), median(xs)]);
      const articles = routes.get(ARTICLE_ROUTE)?.length ?? 0;
      // The bare app, built the same way with as many pages as this run prerendered articles.
      writeFloorApp(articles);
      barePrebuilt = articles;
      fs.rmSync(cpuLog, { force: true });
      await runMeasured(`npx next build ${path.basename(FLOOR_APP)}`, { ...env, NEXT_DIST_DIR: ".next" }, ROOT);
      const floorCpu = readPageCpu(cpuLog);
      const barePages = floorCpu.routes.get("/p/[n]/page") ?? [];
      bare.push(median(barePages));
      floor = `; article page ${median(routes.get(ARTICLE_ROUTE) ?? [0]).toFixed(1)} ms CPU vs bare page ${median(barePages).toFixed(1)} ms (${articles} pages each)`;
    }
    console.log(`run ${r + 1}: ${(ms / 1000).toFixed(1)} s, peak ${mb(peak)}, ${pages} pages${floor}`);
  }
  fs.rmSync(cpuLog, { force: true });
  const out = path.join(ROOT, DIST);
  const size =
    MODE === "export"
      ? walk(out, (p) => p.endsWith(`${path.sep}cache`))
      : walk(out, (p) => p.endsWith(`${path.sep}cache`) || p.includes(`${path.sep}dev`));
  const wall = median(walls);
  console.log(`
${MODE} mode, ${ARTICLES} articles, ${RUNS} run(s), cpus ${CPUS || "default"}${MODE === "server" ? `, prebuild ${PREBUILD || "default"}` : ""}
  wall time (median):       ${(wall / 1000).toFixed(1)} s  (${(wall / ARTICLES).toFixed(2)} ms per article, ${pages} pages prerendered)
  peak memory (median):     ${mb(median(peaks))} (all build processes together)
  output:                   ${mb(size.bytes)} in ${size.files} files (build cache excluded)`);
  if (FLOOR && ours.size) {
    const article = median(ours.get(ARTICLE_ROUTE) ?? [0]);
    const floor = median(bare);
    console.log(`  CPU of one prerendered page (median page of each run, median of runs):`);
    for (const [route, xs] of [...ours].sort((a, b) => median(b[1]) - median(a[1])))
      console.log(`    ${route.padEnd(40)} ${median(xs).toFixed(1)} ms`);
    console.log(`    ${"bare App Router page (title only)".padEnd(40)} ${floor.toFixed(1)} ms`);
    console.log(`  article page / bare page:  ${(article / floor).toFixed(2)}×`);
  }

  if (MODE === "export") {
    // The first article by name: not a copy's or an old URL's page (lib/redirects), which only sends the reader on.
    const isArticle = (slug: string) =>
      !/<meta http-equiv="refresh"/.test(fs.readFileSync(path.join(out, "posts", slug, "index.html"), "utf8"));
    const articleSlug = CONTENT ? fs.readdirSync(path.join(out, "posts")).sort().find(isArticle) : "bench-000001";
    const get = async (p: string) => {
      const file = p.endsWith("/") ? path.join(out, p, "index.html") : path.join(out, p);
      return fs.readFileSync(fs.existsSync(file) ? file : path.join(out, `${p.replace(/\/$/, "")}.html`));
    };
    console.log(`  home page weight:         ${fmtWeight(await pageWeight(get, "/"))}`);
    console.log(`  article page weight:      ${fmtWeight(await pageWeight(get, `/posts/${articleSlug}/`))}`);
  } else {
    // Articles older than the prebuilt ones, from the index the build stored: the published articles,
    // newest first (a copy's URL would time a redirect, not a page).
    const indexFile = fs.readdirSync(path.join(out, "cache", "content-index")).find((f) => f.endsWith(".json"))!;
    const stored = JSON.parse(fs.readFileSync(path.join(out, "cache", "content-index", indexFile), "utf8"));
    const sorted = assembleIndex(decode(stored)).articles;
    // The newest article, prebuilt, as the Node host sends it: with the App Router runtime.
    const html = path.join(out, "server", "app", "posts", `${sorted[0]?.slug}.html`);
    if (sorted.length && fs.existsSync(html)) {
      const get = async (p: string) =>
        fs.readFileSync(
          p.startsWith("/_next/static/")
            ? path.join(out, "static", p.slice("/_next/static/".length))
            : p.startsWith("/js/")
              ? path.join(ROOT, "public", p)
              : html,
        );
      console.log(`  article page weight:      ${fmtWeight(await pageWeight(get, `/posts/${sorted[0].slug}/`))}`);
    }
    const prebuilt = Number(PREBUILD || 1000);
    const cold = sorted
      .slice(prebuilt)
      .filter((_, i) => i % Math.max(1, Math.floor((sorted.length - prebuilt) / 20)) === 0)
      .slice(0, 20)
      .map((a) => a.slug);
    if (cold.length) {
      const ms = (xs: number[]) =>
        `first request ${median(xs).toFixed(1)} ms median (max ${Math.max(...xs).toFixed(1)})`;
      const site = await serverLatencies("", { NEXT_DIST_DIR: DIST, CONTENT_DIR: content }, cold.map(articleUrl));
      console.log(
        `  not-prebuilt article:     ${ms(site.first)}, repeat ${median(site.repeat).toFixed(1)} ms median, over ${cold.length} articles`,
      );
      if (FLOOR) {
        // The same on the last run's bare app: pages past the ones it prerendered render on request.
        const paths = cold.map((_, i) => `/p/${barePrebuilt + i}/`);
        const bare = await serverLatencies(path.basename(FLOOR_APP), {}, paths);
        console.log(
          `  bare page, not prebuilt:  ${ms(bare.first)}, repeat ${median(bare.repeat).toFixed(1)} ms median, over ${paths.length} pages`,
        );
        console.log(
          `  article / bare:           first ${(median(site.first) / median(bare.first)).toFixed(2)}×, repeat ${(median(site.repeat) / median(bare.repeat)).toFixed(2)}×`,
        );
      }
    }
  }
  cleanUp();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
