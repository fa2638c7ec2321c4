/**
 * npm run check
 * Validates the whole content folder without building: every problem as
 * `path:line:column: severity: message` with the fix; exit status 1 when there is an error.
 * The build prints the same diagnostics.
 */
import path from "node:path";
import { contentDir } from "../lib/config";
import { formatDiagnostic } from "../lib/content/diagnostics";
import { assembleIndex, parseFolder } from "../lib/content/index";
import { listMarkdownFiles } from "../lib/content/load";

const dir = contentDir();
const files = listMarkdownFiles(dir);
const parsed = parseFolder(dir, files, true);
const { articles, diagnostics } = assembleIndex(parsed.articles, parsed.diagnostics);
for (const d of diagnostics) console.log(formatDiagnostic(d));
const errors = diagnostics.filter((d) => d.severity === "error").length;
const warnings = diagnostics.length - errors;
console.log(
  `${path.relative(process.cwd(), dir) || dir}: ${files.length} file(s), ${articles.length} article(s) (drafts included), ${errors} error(s), ${warnings} warning(s)`,
);
process.exit(errors ? 1 : 0);
