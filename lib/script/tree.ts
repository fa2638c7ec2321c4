/**
 * Converting a page's visible text between scripts, in place, so one click takes it back: text
 * nodes and the title/alt attributes of elements whose `lang` (their own or inherited) is Chinese
 * in another script than the one shown; their `lang` follows. Never touched: code (`pre`, `code`,
 * `kbd`, `samp`), scripts and styles, form fields, anything marked `translate="no"` or
 * `data-noconvert`, text that is a URL, text with no Han character (English), and every other
 * attribute (links, sources). Works on the DOM's own shape (Node), described below so it can be
 * tested without a browser.
 */
import { scriptOf, type Script } from "./convert";

export interface TreeNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<TreeNode>;
  tagName?: string;
  getAttribute?(name: string): string | null;
  setAttribute?(name: string, value: string): void;
}

type Convert = (text: string) => string;

const SKIP = new Set([
  "PRE",
  "CODE",
  "KBD",
  "SAMP",
  "VAR",
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "TEXTAREA",
  "INPUT",
  "SELECT",
  "SVG",
  "MATH",
]);
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const URL_TEXT = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*\s*$/i;
const TEXT = 3;
const ELEMENT = 1;

/** Every Chinese script found under `root` (the converters a conversion needs). */
export function scriptsIn(root: TreeNode, inherited: string | null = null, found = new Set<Script>()): Set<Script> {
  if (root.nodeType !== ELEMENT || SKIP.has((root.tagName ?? "").toUpperCase())) return found;
  const lang = root.getAttribute?.("lang") ?? inherited;
  const script = scriptOf(lang);
  if (script) found.add(script);
  for (let i = 0; i < root.childNodes.length; i++) scriptsIn(root.childNodes[i], lang, found);
  return found;
}

/**
 * Converts what is under `root` to `target`, with `converters` (one per source script, null where
 * nothing is to do), and returns the function that puts everything back.
 */
export function convertTree(
  root: TreeNode,
  target: Script,
  converters: Partial<Record<Script, Convert | null>>,
  inherited: string | null = null,
): () => void {
  const undo: (() => void)[] = [];
  const walk = (node: TreeNode, lang: string | null, convert: Convert | null) => {
    if (node.nodeType === TEXT) {
      const text = node.nodeValue ?? "";
      if (convert && HAN.test(text) && !URL_TEXT.test(text)) {
        const next = convert(text);
        if (next !== text) {
          node.nodeValue = next;
          undo.push(() => (node.nodeValue = text));
        }
      }
      return;
    }
    if (node.nodeType !== ELEMENT || !node.getAttribute || !node.setAttribute) return;
    const el = node as Required<TreeNode>;
    if (
      SKIP.has(el.tagName.toUpperCase()) ||
      el.getAttribute("translate") === "no" ||
      el.getAttribute("data-noconvert") !== null
    )
      return;
    const own = el.getAttribute("lang");
    if (own !== null) {
      lang = own;
      const script = scriptOf(own);
      convert = script ? (converters[script] ?? null) : null;
      if (script && script !== target) {
        el.setAttribute("lang", target);
        undo.push(() => el.setAttribute("lang", own));
      }
    }
    if (convert)
      for (const name of ["title", "alt"]) {
        const value = el.getAttribute(name);
        if (value && HAN.test(value)) {
          el.setAttribute(name, convert(value));
          undo.push(() => el.setAttribute(name, value));
        }
      }
    for (let i = 0; i < el.childNodes.length; i++) walk(el.childNodes[i], lang, convert);
  };
  const script = scriptOf(inherited);
  walk(root, inherited, script ? (converters[script] ?? null) : null);
  return () => undo.reverse().forEach((f) => f());
}
