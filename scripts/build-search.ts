/**
 * Builds the full-text search index (Pagefind, with its Chinese segmentation) and the phrase subset
 * of the script toggle; static files, so search works on a Node host, on Vercel and behind any CDN
 * with no search service.
 *
 *   npx tsx scripts/build-search.ts            the content folder → public/ (`npm run dev`, `npm run
 *                                              search-index`, e.g. after new articles on `next start`)
 *   npx tsx scripts/build-search.ts --build    after `next build` (`npm run build`'s postbuild): from
 *                                              the index the build stored, → public/, which `next start`
 *                                              and Vercel serve as it is on disk
 *   npx tsx scripts/build-search.ts --export [DIR]   after a static export (`npm run export`): from
 *                                              the index the export's build stored, → DIR (default as
 *                                              scripts/prune-export.mjs: out/), where Next copied public/
 *
 * After a build the articles come from the index it stored (lib/content/store.ts), so the folder is
 * not parsed a second time; otherwise from the folder (drafts, scheduled and expired ones out;
 * duplicate slugs resolved). PAGEFIND_OUTPUT names another folder for the index (to measure it).
 *
 * Their bodies are read, parsed and turned into records by child processes (BUILD_CPUS of them,
 * default: both cores), a batch of files at a time; the main thread hands each batch to Pagefind's
 * indexer (its own process) and gives the worker the next one. At most two batches per worker are in
 * memory at once, whatever the size of the corpus.
 */
import { fork } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";
import { contentDir, siteConfig } from "../lib/config";
import { parseArticle } from "../lib/content/article";
import { assembleIndex, withStories, type ContentIndex } from "../lib/content/assemble";
import { buildIndex, parseContent } from "../lib/content/index";
import { loadOrParse } from "../lib/content/store";
import { messages } from "../lib/i18n";
import { SEARCH_LANGUAGE, searchRecord, type SearchRecord } from "../lib/search";
import { PHRASES_URL, scriptOf, usedPhrases } from "../lib/script/convert";

const argv = process.argv.slice(2);
const exportAt = argv.indexOf("--export");
// As scripts/prune-export.mjs: the folder given, else NEXT_DIST_DIR when it is not .next, else out/.
const dist = process.env.NEXT_DIST_DIR;
const EXPORT = exportAt < 0 ? undefined : argv[exportAt + 1] || (dist && dist !== ".next" ? dist : "out");
const AFTER_BUILD = argv.includes("--build") || EXPORT !== undefined;
// Where the site's static files go: public/, or the export that has already copied it.
const SITE = path.resolve(process.cwd(), EXPORT ?? "public");
const OUTPUT = path.resolve(process.cwd(), process.env.PAGEFIND_OUTPUT || path.join(SITE, "pagefind"));
const BATCH = 100;
/** The Simplified → Traditional phrases the site's text uses, for the script toggle (lib/script/convert.ts). */
const PHRASES = path.join(SITE, PHRASES_URL);

/** Every string the site's own UI shows (functions called with sample values), and its configuration. */
function uiText(): string[] {
  return [
    ...Object.values(messages[siteConfig.language]).map((m) =>
      typeof m === "function" ? (m as (a: number, b: number) => string)(1, 1) : m,
    ),
    JSON.stringify(siteConfig),
  ];
}

/**
 * Pagefind's indexer is a process of its own (started by `pagefind`, which does not give its pid):
 * its CPU seconds and peak memory so far, read from /proc (Linux; null elsewhere). The figure that
 * says how much of the index's time is Pagefind's and how much ours (README › Build cost).
 */
function pagefindUsage(): { cpu: number; peakMb: number } | null {
  try {
    for (const pid of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // gone
      }
      // pid (comm) state ppid … utime stime (fields 14, 15, in ticks of 1/100 s), after comm's ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) !== process.pid || !stat.includes("(pagefind")) continue;
      const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      return { cpu: (Number(fields[11]) + Number(fields[12])) / 100, peakMb: Number(hwm?.[1] ?? 0) / 1024 };
    }
  } catch {
    /* no /proc */
  }
  return null;
}

/**
 * The index the build just stored, as its pages saw it (outside a build, loadOrParse loads the stored
 * file; it parses the folder only when there is none). An export's build stores it in .next.
 */
function storedIndex(): ContentIndex {
  if (EXPORT !== undefined) {
    if (!fs.existsSync(path.join(SITE, "index.html"))) {
      throw new Error(`search index: --export ${EXPORT}: not a static export (no index.html)`);
    }
    process.env.NEXT_OUTPUT = "export";
  }
  const dir = contentDir();
  return assembleIndex(loadOrParse(dir, () => withStories(parseContent(dir))));
}

type Job = [file: string, slug: string];
/** A batch's records, their files, and the Simplified text in it (for the phrase subset). */
type Done = { records: SearchRecord[]; files: string[]; simplified: string[] };

/** A worker: a batch of published articles → their search records (an unreadable file is skipped). */
function records(jobs: Job[]): Done {
  const done: Done = { records: [], files: [], simplified: [] };
  for (const [file, slug] of jobs) {
    let raw: string;
    try {
      raw = fs.readFileSync(file, "utf8");
    } catch {
      continue; // reported by the build
    }
    const { article } = parseArticle(file, raw, siteConfig);
    if (!article) continue;
    done.records.push(searchRecord({ ...article, slug }));
    if (scriptOf(article.lang) === "zh-CN") {
      const terms = [...article.tags, ...article.categories].map((t) => t.name);
      done.simplified.push(article.title, article.summary, ...terms, article.body);
    }
    done.files.push(file);
  }
  return done;
}

async function main() {
  const start = performance.now();
  const dev = process.env.NODE_ENV === "development";
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  const { articles } = AFTER_BUILD ? storedIndex() : buildIndex(contentDir(), { includeDrafts: dev });
  const jobs: Job[] = articles.map((a) => [a.file, a.slug]);
  const indexed = performance.now();
  const STPhrases = (await import("opencc-js/dict/STPhrases")).default;
  const phrases = new Set(usedPhrases(uiText(), STPhrases).split("|"));

  const batches: Job[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  const threads = batches.length < 4 ? 1 : Math.min(Number(process.env.BUILD_CPUS) || 2, batches.length);
  let next = 0;
  let count = 0;
  // Records go to Pagefind in the order of the index whatever worker parsed them: same index as before.
  const ready = new Map<number, Done>();
  let added = 0;
  let adding = Promise.resolve();
  const add = (done: Done) => {
    for (const entry of usedPhrases(done.simplified, STPhrases).split("|")) if (entry) phrases.add(entry);
    return Promise.all(
      done.records.map((record, i) =>
        index.addCustomRecord(record).then((result) => {
          if (result.errors.length)
            console.warn(`${path.relative(process.cwd(), done.files[i])}: search index: ${result.errors.join("; ")}`);
        }),
      ),
    ).then(() => undefined);
  };

  // A small site (a few batches) is parsed in this process: starting workers would cost more.
  if (batches.length < 4) {
    for (const batch of batches) {
      const done = records(batch);
      count += done.records.length;
      await add(done);
    }
  }
  await Promise.all(
    Array.from({ length: batches.length < 4 ? 0 : threads }, async () => {
      const worker = fork(fileURLToPath(import.meta.url), [], {
        execArgv: ["--import", "tsx"],
        env: { ...process.env, SEARCH_WORKER: "1" },
        serialization: "advanced",
      });
      try {
        for (let mine = next++; mine < batches.length; mine = next++) {
          const done = await new Promise<Done>((resolve, reject) => {
            const failed = (code: number | null) => reject(new Error(`search index worker exited ${code}`));
            worker.once("exit", failed);
            worker.once("message", (m) => {
              worker.off("exit", failed);
              resolve(m as Done);
            });
            worker.send(batches[mine]);
          });
          count += done.records.length;
          ready.set(mine, done);
          // Hand over, in order, every batch that is ready; wait for Pagefind before parsing more.
          while (ready.has(added)) {
            const batch = ready.get(added)!;
            ready.delete(added++);
            adding = adding.then(() => add(batch));
          }
          await adding;
        }
      } finally {
        worker.disconnect();
      }
    }),
  );
  const parsed = performance.now();
  fs.rmSync(OUTPUT, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: OUTPUT });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  const usage = pagefindUsage();
  await pagefind.close();
  fs.mkdirSync(path.dirname(PHRASES), { recursive: true });
  fs.writeFileSync(PHRASES, [...phrases].filter(Boolean).join("|"));
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const end = performance.now();
  console.log(
    `search index: ${count} articles → ${path.relative(process.cwd(), OUTPUT)} in ${s(end - start)} (content index ${s(indexed - start)}, records on ${threads} thread(s) ${s(parsed - indexed)}, writing ${s(end - parsed)})` +
      (usage ? `; Pagefind's own process: ${usage.cpu.toFixed(1)} s CPU, peak ${Math.round(usage.peakMb)} MB` : ""),
  );
}

if (process.env.SEARCH_WORKER !== "1") {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  process.on("message", (jobs: Job[]) => process.send!(records(jobs)));
}
