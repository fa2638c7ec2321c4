/**
 * npm run audit:stories -- <dir> [homePages]
 * What the copies and story steps (lib/content/copies.ts, lib/content/stories.ts) do to a folder:
 * how many files are copies, updates and story members, how long grouping takes, and the proof that
 * no article appears twice (as copies: same title and body, or one source's same specific title) in the first
 * `homePages` home pages (10) nor on any term page, and no story twice on one list. Exit status 1 if
 * one does.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { siteConfig } from "../lib/config";
import type { Article } from "../lib/content/article";
import { findCopies, isGenericTitle, sourceOf } from "../lib/content/copies";
import { assembleIndex, type ContentIndex } from "../lib/content/assemble";
import { parseContent } from "../lib/content/index";
import { latestPage } from "../lib/content/queries";
import { findStories } from "../lib/content/stories";
import { TAXONOMIES } from "../lib/urls";

/** Lists on which an article (or a story) shows more than once: `where: title`, one line each. */
export function repeatsOnLists(index: ContentIndex, homePages = 10): string[] {
  const lists: [string, Article[]][] = [];
  const home: Article[] = [];
  for (let n = 1; n <= homePages; n++) home.push(...(latestPage(n, index)?.items ?? []));
  lists.push([`home pages 1-${homePages}`, home]);
  for (const taxonomy of TAXONOMIES) {
    for (const [slug, list] of index.termArticles[taxonomy]) lists.push([`/${taxonomy}/${slug}/`, list]);
  }
  const found: string[] = [];
  for (const [where, list] of lists) {
    const copies = new Set<string>();
    const titles = new Set<string>();
    const stories = new Set<unknown>();
    for (const a of list) {
      const copy = `${a.title}\0${a.fingerprint}`;
      // One source's same title counts, unless generic (快讯, "Form 8.3": different articles).
      const title = isGenericTitle(a.title) ? copy : `${sourceOf(a)}\0${a.title}`;
      const story = index.storyOf.get(a.slug);
      if (copies.has(copy) || titles.has(title) || (story && stories.has(story))) found.push(`${where}: ${a.title}`);
      copies.add(copy);
      titles.add(title);
      if (story) stories.add(story);
    }
  }
  return found;
}

function main() {
  const dir = path.resolve(process.argv[2] ?? "content");
  const homePages = Number(process.argv[3] ?? 10);
  const parsed = parseContent(dir, { site: siteConfig });
  const t0 = performance.now();
  const copies = findCopies(parsed.articles);
  const t1 = performance.now();
  const storyOf = findStories(copies.kept);
  const t2 = performance.now();
  const index = assembleIndex(parsed);
  const updates = copies.diagnostics.reduce((n, d) => n + (d.kind === "copies" ? d.data.updates.length : 0), 0);
  const exact = copies.diagnostics.reduce((n, d) => n + (d.kind === "copies" ? d.data.copies.length : 0), 0);
  const stories = new Set(storyOf.values());
  const sizes = new Map<number, number>();
  for (const s of stories) sizes.set(s.members.length, (sizes.get(s.members.length) ?? 0) + 1);
  console.log(`${path.relative(process.cwd(), dir) || dir}: ${parsed.articles.length} article file(s) parsed`);
  console.log(
    `  copies: ${exact} exact cop(ies) and ${updates} update(s) in ${copies.diagnostics.length} group(s) ` +
      `→ ${copies.kept.length} article(s) published, ${copies.copyOf.size} URL(s) redirect (${(t1 - t0).toFixed(0)} ms)`,
  );
  console.log(
    `  stories: ${stories.size} group(s) of ${storyOf.size} article(s) ` +
      `(${[...sizes].map(([n, c]) => `${c}×${n}`).join(", ") || "none"}) → ${index.listed.length} card(s) ` +
      `on the home pages (${(t2 - t1).toFixed(0)} ms)`,
  );
  const repeats = repeatsOnLists(index, homePages);
  const termLists = TAXONOMIES.reduce((n, t) => n + index.termArticles[t].size, 0);
  if (repeats.length) {
    console.log(`  FAIL: ${repeats.length} repeat(s) on lists:`);
    for (const r of repeats.slice(0, 50)) console.log(`    ${r}`);
    process.exit(1);
  }
  console.log(`  OK: no article or story twice in the first ${homePages} home pages nor on ${termLists} term lists`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
