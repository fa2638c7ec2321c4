/**
 * npm run check
 * Validates the whole content folder without building: every problem as
 * `path:line:column: severity: message` with the fix; exit status 1 when there is an error (never
 * for a warning or a notice: copies merged, see lib/content/copies.ts).
 * The build prints the same diagnostics.
 */
import path from "node:path";
import { contentDir } from "../lib/config";
import { formatDiagnostic } from "../lib/content/diagnostics";
import { findFiles } from "../lib/content/files";
import { buildIndex } from "../lib/content/index";

const dir = contentDir();
const { articles, diagnostics } = buildIndex(dir, { includeDrafts: true });
for (const d of diagnostics) console.log(formatDiagnostic(d));
const errors = diagnostics.filter((d) => d.severity === "error").length;
const notices = diagnostics.filter((d) => d.severity === "notice").length;
const warnings = diagnostics.length - errors - notices;
console.log(
  `${path.relative(process.cwd(), dir) || dir}: ${findFiles(dir).length} file(s), ${articles.length} article(s) ` +
    `(drafts included), ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`,
);
process.exit(errors ? 1 : 0);
