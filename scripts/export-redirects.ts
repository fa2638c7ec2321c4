/**
 * After a static export: the page of every old URL of an article (its `aliases`/`url`, and the URL
 * of each copy), which a static host cannot answer with a redirect (lib/redirects.ts). Reads the
 * content index the build stored (lib/content/store.ts), so it parses nothing again. Never replaces
 * a page the build wrote: such a path is reported and skipped (the index already refuses an alias
 * that names a page of the site, so this means a file of public/ or of Next's own has that path).
 *
 *   npx tsx scripts/export-redirects.ts [dir]   (default: NEXT_DIST_DIR when it is not .next, else out/)
 */
import fs from "node:fs";
import path from "node:path";

// An export step: the index is found where an export's build stored it (lib/content/store.ts).
process.env.NEXT_OUTPUT = "export";
const { getIndex } = await import("../lib/content");
const { redirectPages } = await import("../lib/redirects");

const dist = process.env.NEXT_DIST_DIR;
const dir = path.resolve(process.argv[2] || (dist && dist !== ".next" ? dist : "out"));
if (!fs.existsSync(path.join(dir, "index.html"))) {
  console.error(`export-redirects: ${dir} is not a static export (no index.html)`);
  process.exit(1);
}
const index = getIndex();
let written = 0;
for (const page of redirectPages(index)) {
  const file = path.join(dir, page.file);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, page.html, { flag: "wx" });
    written++;
  } catch (e) {
    const article = index.aliases.get(page.from)?.file ?? "?";
    console.warn(
      `${path.relative(process.cwd(), article)}:1:1: warning: the old path ${page.from}/ is not written to the export: ` +
        `${(e as NodeJS.ErrnoException).code === "EEXIST" ? "a file of the site has that path" : (e as Error).message}; remove it from \`aliases\``,
    );
  }
}
console.log(
  `export-redirects: ${written} pages for old URLs (aliases and copies) in ${path.relative(process.cwd(), dir) || "."}`,
);
