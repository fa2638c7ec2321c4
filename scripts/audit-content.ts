/**
 * npm run audit:content -- <dir>
 * Renders every article of a folder through the real pipeline and reports, per file: literal
 * emphasis markers left in the text, raw HTML removed, links and images dropped as unsafe, content
 * diagnostics, and render time. Exit status 1 when an article crashed the renderer.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { siteConfig } from "../lib/config";
import { parseArticle } from "../lib/content/article";
import { formatDiagnostic } from "../lib/content/diagnostics";
import { findFiles } from "../lib/content/files";
import { expandShortcodes } from "../lib/content/shortcodes";
import { renderMarkdown } from "../lib/markdown";

/**
 * Text a reader sees (code excluded), where a leftover `__` means emphasis failed (`**` is counted by
 * the renderer). A `__` inside a word (`@Crypto__Poolz`, `snake__case`) is the word's own spelling:
 * CommonMark never reads it as emphasis, so no author meant it as a marker.
 */
export function literalUnderscores(html: string): string[] {
  const text = html
    .replace(/<(pre|code)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x26;|&amp;/g, "&");
  const found: string[] = [];
  for (const m of text.matchAll(/(?<!_)__(?!_)/g)) {
    const i = m.index ?? 0;
    if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? "") && /[\p{L}\p{N}]/u.test(text[i + 2] ?? "")) continue;
    found.push(text.slice(Math.max(0, i - 12), i + 14).replace(/\s+/g, " "));
  }
  return found;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
}

function main() {
  const dir = path.resolve(process.argv[2] ?? "content");
  const files = findFiles(dir);
  if (files.length === 0) {
    console.error(`no .md files under ${dir}`);
    process.exit(1);
  }
  const articles = files.map((file) => {
    const { article, diagnostics } = parseArticle(file, fs.readFileSync(file, "utf8"), siteConfig);
    if (article) article.body = expandShortcodes(article.body);
    return { file, article, diagnostics };
  });
  // Warm-up pass, so the timed pass measures rendering rather than module loading and JIT.
  for (const { article } of articles)
    if (article)
      try {
        renderMarkdown(article.body, { math: article.mathjax });
      } catch {
        /* reported below */
      }

  const times: number[] = [];
  let crashes = 0,
    withMarkers = 0,
    markerCount = 0,
    withRemoved = 0,
    withDropped = 0,
    diagnosticCount = 0;
  const removedKinds = new Map<string, number>();
  for (const { file, article, diagnostics } of articles) {
    const rel = path.relative(process.cwd(), file);
    const lines: string[] = diagnostics.map((d) => `  ${formatDiagnostic(d)}`);
    diagnosticCount += diagnostics.length;
    if (!article) {
      console.log(`${rel}: skipped\n${lines.join("\n")}`);
      continue;
    }
    try {
      const start = performance.now();
      const { html, report } = renderMarkdown(article.body, { math: article.mathjax });
      const ms = performance.now() - start;
      times.push(ms);
      const markers = [...report.literalEmphasis, ...literalUnderscores(html)];
      if (markers.length) {
        withMarkers++;
        markerCount += markers.length;
        lines.push(
          `  literal emphasis markers ×${markers.length}: ${markers
            .slice(0, 3)
            .map((m) => JSON.stringify(m))
            .join(", ")}`,
        );
      }
      if (report.removedHtml.length) {
        withRemoved++;
        for (const r of report.removedHtml) removedKinds.set(r, (removedKinds.get(r) ?? 0) + 1);
        lines.push(`  raw HTML removed: ${[...new Set(report.removedHtml)].join(", ")}`);
      }
      if (report.droppedUrls.length) {
        withDropped++;
        lines.push(`  unsafe URLs dropped: ${report.droppedUrls.slice(0, 3).join(", ")}`);
      }
      if (lines.length) console.log(`${rel} (${ms.toFixed(2)} ms)\n${lines.join("\n")}`);
    } catch (e) {
      crashes++;
      console.log(`${rel}: CRASH ${(e as Error).stack}`);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`
Summary for ${path.relative(process.cwd(), dir) || dir}
  articles:                 ${files.length} (${articles.filter((a) => a.article).length} rendered, ${crashes} crashed)
  content diagnostics:      ${diagnosticCount}
  literal ** / __ left:     ${markerCount} in ${withMarkers} file(s)
  raw HTML removed:         ${withRemoved} file(s) ${[...removedKinds].map(([k, n]) => `${k}×${n}`).join(" ")}
  unsafe URLs dropped:      ${withDropped} file(s)
  render time per article:  median ${median(times).toFixed(2)} ms, p95 ${(sorted[Math.floor(sorted.length * 0.95)] ?? 0).toFixed(2)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(2)} ms`);
  process.exit(crashes ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
