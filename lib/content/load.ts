/** Finds and reads every `.md` file under the content folder, in a stable (path) order. */
import fs from "node:fs";
import path from "node:path";

export function listMarkdownFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) out.push(full);
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A cheap fingerprint of the folder (names, sizes, times), to notice edits in the dev server. */
export function folderSignature(files: string[]): string {
  let sig = "";
  for (const f of files) {
    try {
      const s = fs.statSync(f);
      sig += `${f}\0${s.size}\0${s.mtimeMs}\n`;
    } catch {
      sig += `${f}\0gone\n`;
    }
  }
  return sig;
}
