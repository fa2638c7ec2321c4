/** Content problems, one line each: `path:line:column: severity: what is wrong — the fix`. */
import path from "node:path";

export type Severity = "error" | "warning";

export interface Diagnostic {
  /** Path of the file as given to the loader (absolute). */
  file: string;
  line: number;
  /** 1-based; 1 when the problem is a whole key or line. */
  column?: number;
  severity: Severity;
  message: string;
}

export function formatDiagnostic(d: Diagnostic, cwd = process.cwd()): string {
  const rel = path.relative(cwd, d.file) || d.file;
  return `${rel}:${d.line}:${d.column ?? 1}: ${d.severity}: ${d.message}`;
}

/** Collects diagnostics for one file, so the parser can say `report(line, message)`. */
export class DiagnosticSink {
  private readonly list: Diagnostic[] = [];
  /** In line order, as an author reads the file. */
  get items(): Diagnostic[] {
    return [...this.list].sort((a, b) => a.line - b.line);
  }
  constructor(private readonly file: string) {}
  warn(line: number, message: string, column = 1): void {
    this.list.push({ file: this.file, line, column, severity: "warning", message });
  }
  error(line: number, message: string, column = 1): void {
    this.list.push({ file: this.file, line, column, severity: "error", message });
  }
}
