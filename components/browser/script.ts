/**
 * The browser side of the script toggle, loaded only when a conversion is asked for: converts the
 * whole document (lib/script/tree.ts) to the chosen script with the converters its text needs
 * (lib/script/convert.ts), and puts it back on the next call.
 */
import { converter, PHRASES_URL, type Script } from "@/lib/script/convert";
import { convertTree, scriptsIn } from "@/lib/script/tree";

let undo: (() => void) | null = null;
let phrases: Promise<string> | null = null;
let latest = 0;

const stPhrases = () =>
  (phrases ??= fetch(PHRASES_URL)
    .then((r) => (r.ok ? r.text() : ""))
    .catch(() => ""));

/** Shows the document in `target` (null: as written). */
export async function showScript(target: Script | null): Promise<void> {
  const call = ++latest;
  undo?.();
  undo = null;
  if (!target) return;
  const root = document.documentElement;
  const sources = [...scriptsIn(root)].filter((s) => s !== target);
  const converters = Object.fromEntries(
    await Promise.all(sources.map(async (s) => [s, await converter(s, target, stPhrases)] as const)),
  );
  if (call !== latest) return;
  undo = convertTree(root, target, converters);
}
