/**
 * Builds the full-text search index (Pagefind, with its Chinese segmentation) from the content
 * folder into public/pagefind/, before `next build` copies or serves it. Run by `npm run build` and
 * `npm run export` (their pre-scripts); static files, so search works on a Node host, on Vercel and
 * behind any CDN with no search service.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";
import { contentDir, siteConfig } from "../lib/config";
import { parseArticle } from "../lib/content/article";
import { buildIndex } from "../lib/content/index";
import { messages } from "../lib/i18n";
import { SEARCH_LANGUAGE, searchRecord } from "../lib/search";
import { PHRASES_URL, scriptOf, usedPhrases } from "../lib/script/convert";

export const OUTPUT = path.join(process.cwd(), "public", "pagefind");
/** The Simplified → Traditional phrases the site's text uses, for the script toggle (lib/script/convert.ts). */
export const PHRASES = path.join(process.cwd(), "public", PHRASES_URL);

/** Every string the site's own UI shows (functions called with sample values), and its configuration. */
function uiText(): string[] {
  return [
    ...Object.values(messages[siteConfig.language]).map((m) =>
      typeof m === "function" ? (m as (a: number, b: number) => string)(1, 1) : m,
    ),
    JSON.stringify(siteConfig),
  ];
}

async function main() {
  const start = performance.now();
  const dev = process.env.NODE_ENV === "development";
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  // The articles the site publishes (drafts, scheduled and expired ones out; duplicate slugs
  // resolved), from the same index the pages use; then each one's body, one file at a time.
  const { articles } = buildIndex(contentDir(), { includeDrafts: dev });
  let count = 0;
  const simplified: string[] = uiText();
  let batch: Promise<void>[] = [];
  for (const published of articles) {
    let raw: string;
    try {
      raw = fs.readFileSync(published.file, "utf8");
    } catch {
      continue; // reported by the build
    }
    const { article } = parseArticle(published.file, raw, siteConfig);
    if (!article) continue;
    if (scriptOf(article.lang) === "zh-CN") {
      const terms = [...article.tags, ...article.categories].map((t) => t.name);
      simplified.push(article.title, article.summary, ...terms, article.body);
    }
    // Records go to Pagefind's indexer in batches: it works on them while we parse the next files.
    batch.push(
      index.addCustomRecord(searchRecord({ ...article, slug: published.slug })).then((added) => {
        if (added.errors.length)
          console.warn(`${path.relative(process.cwd(), published.file)}: search index: ${added.errors.join("; ")}`);
      }),
    );
    count++;
    if (batch.length >= 256) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  fs.rmSync(OUTPUT, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: OUTPUT });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  await pagefind.close();
  const STPhrases = (await import("opencc-js/dict/STPhrases")).default;
  fs.mkdirSync(path.dirname(PHRASES), { recursive: true });
  fs.writeFileSync(PHRASES, usedPhrases(simplified, STPhrases));
  console.log(
    `search index: ${count} articles → ${path.relative(process.cwd(), OUTPUT)} in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
