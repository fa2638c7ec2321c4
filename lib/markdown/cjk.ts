/** Fixes for Chinese text that CommonMark's rules and news exports get wrong. */
import type { Parent, Root, RootContent, Strong, Text } from "mdast";
import { visit } from "unist-util-visit";

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Applies `fn` to the Markdown outside fenced code blocks and inline code spans. */
function outsideCode(markdown: string, fn: (text: string) => string): string {
  let fence: string | null = null;
  return markdown
    .split("\n")
    .map((line) => {
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (f) {
        if (!fence) fence = f[1][0];
        else if (f[1][0] === fence) fence = null;
        return line;
      }
      if (fence) return line;
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, i) => (i % 2 ? part : fn(part)))
        .join("");
    })
    .join("\n");
}

/** Stands for an escaped `\*` while emphasis is repaired, so an author's literal asterisks stay literal. */
export const ESCAPED_STAR = "\uE000";

/**
 * A `****` glued to text or ending a line: an empty bold pair, or a bold run closed and reopened.
 * Not the `****` of `***Note****The release…*`, a bold italic run closed and an italic one opened
 * (the export's shape of a heading run into its paragraph): there all four markers are needed.
 */
const GLUED_EMPTY_PAIR =
  /(?<=\S)(?<!\*)(?!(?<=(?:^|\s)\*{3}[^*\s][^*]*)\*{4}[^*\s][^*]*\*[^*]*$)\*{4}(?!\*)|(?<=^|\s)\*{4}(?=\s|$)(?!\s*$)|(?<=\S\s*)\*{4}$/g;

/**
 * Before parsing: `**甲****乙**` in exports is one bold run that the HTML converter closed and
 * reopened, and a `****` glued to text is an empty pair; as Markdown both are ambiguous and can
 * survive as literal asterisks, so they are removed (a `****` line, a thematic break, is kept).
 * Escaped `\*` are set aside. Code is left alone.
 */
export function prepareEmphasis(markdown: string): string {
  if (!markdown.includes("****") && !markdown.includes("\\*")) return markdown;
  return outsideCode(markdown, (text) => text.replace(/\\\*/g, ESCAPED_STAR).replace(GLUED_EMPTY_PAIR, ""));
}

/**
 * After parsing: `**` that CommonMark's flanking rules left as text (a bold run closed right after
 * a quote mark and before a Latin letter, or across a hard line break; spaces inside the markers,
 * `** 小标题 **`) are paired up, in order, within their paragraph, and what lies between becomes
 * bold. What the export leaves unpaired is read as the author meant it:
 * - a `**` that opens a line of a paragraph, heading or table cell: bold to the end of that line
 *   (the closing marker went to the next line or paragraph: `### **➤ QUICK HITS:  \n**`);
 * - a `**` with nothing after it on its line (a line of markers, an empty bold run): not shown, and
 *   a paragraph left empty by that is removed;
 * - a `**` inside an `*italic*` run: not shown (the converter's leftover of a bold run it lost).
 * Any other unpaired `**` (`5 ** 2`) stays literal and is returned for the audit.
 */
export function pairLeftoverStrong(tree: Root): string[] {
  const unpaired: string[] = [];
  const emptied = new Set<Parent>();
  visit(tree, (node) => {
    if (!("children" in node) || node.type === "root" || node.type === "list" || node.type === "blockquote") return;
    const parent = node as Parent;
    if (!parent.children.some((c) => c.type === "text" && c.value.includes("**"))) return;
    const out: RootContent[] = [];
    let open: RootContent[] | null = null;
    let openedAtLineStart = false;
    const push = (n: RootContent) => (open ?? out).push(n);
    for (const child of parent.children) {
      if (child.type !== "text" || !child.value.includes("**")) {
        push(child);
        continue;
      }
      child.value.split("**").forEach((part, i) => {
        if (i > 0) {
          if (open) {
            const inner: RootContent[] = open;
            open = null;
            if (inner.length) out.push(...strongRun(inner));
          } else {
            open = [];
            openedAtLineStart = atLineStart(out);
          }
        }
        if (part) push({ type: "text", value: part });
      });
    }
    const block = parent.type === "paragraph" || parent.type === "heading" || parent.type === "tableCell";
    if (open) {
      const rest = open as RootContent[];
      const [line, after] = splitAtLineEnd(rest);
      const lineHasText = line.some((n) => n.type !== "text" || n.value.trim() !== "");
      if (block && openedAtLineStart && lineHasText) out.push(...strongRun(line), ...after);
      else if ((block && openedAtLineStart) || parent.type === "emphasis") out.push(...rest);
      else {
        out.push({ type: "text", value: "**" }, ...rest);
        unpaired.push(
          `**${rest
            .map((n) => ("value" in n ? n.value : ""))
            .join("")
            .slice(0, 20)}`,
        );
      }
    }
    // Spaces moved out of a bold run at the very start or end of a block mean nothing there.
    if (block) {
      while (out.length && movedSpace.has(out[0])) out.shift();
      while (out.length && movedSpace.has(out[out.length - 1])) out.pop();
    }
    parent.children = out;
    if (parent.type === "paragraph" && out.every((n) => n.type === "text" && n.value.trim() === ""))
      emptied.add(parent);
  });
  if (emptied.size) removeEmptied(tree, emptied);
  return unpaired;
}

/** `nodes` as a bold run, with the spaces the author put inside the markers (`** 小标题 **`) moved out of it. */
function strongRun(nodes: RootContent[]): RootContent[] {
  const inner = nodes.map((n) => (n.type === "text" ? { ...n } : n));
  const first = inner[0];
  const last = inner[inner.length - 1];
  const lead = first?.type === "text" ? /^\s*/.exec(first.value)![0] : "";
  if (lead) (first as Text).value = (first as Text).value.slice(lead.length);
  const trail = last?.type === "text" ? /\s*$/.exec(last.value)![0] : "";
  if (trail) (last as Text).value = (last as Text).value.slice(0, -trail.length);
  const kept = inner.filter((n) => n.type !== "text" || n.value !== "");
  if (!kept.length) return nodes;
  const space = (value: string): Text[] => {
    if (!value) return [];
    const node: Text = { type: "text", value };
    movedSpace.add(node);
    return [node];
  };
  return [...space(lead), { type: "strong", children: kept as Strong["children"] }, ...space(trail)];
}

const movedSpace = new WeakSet<RootContent>();

/** Whether nothing but spaces precedes this point on its line: a block's start, a line break or a newline. */
function atLineStart(before: RootContent[]): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    const n = before[i];
    if (n.type === "break") return true;
    if (n.type !== "text") return false;
    const nl = n.value.lastIndexOf("\n");
    if (n.value.slice(nl + 1).trim() !== "") return false;
    if (nl >= 0) return true;
  }
  return true;
}

/** `nodes` split where their first line ends (a newline in a text or a line break): [that line, the rest]. */
function splitAtLineEnd(nodes: RootContent[]): [RootContent[], RootContent[]] {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.type === "break") return [nodes.slice(0, i), nodes.slice(i)];
    if (n.type === "text" && n.value.includes("\n")) {
      const nl = n.value.indexOf("\n");
      const head = n.value.slice(0, nl);
      return [
        [...nodes.slice(0, i), ...(head ? [{ type: "text", value: head } as Text] : [])],
        [{ type: "text", value: n.value.slice(nl) } as Text, ...nodes.slice(i + 1)],
      ];
    }
  }
  return [nodes, []];
}

/** Removes the paragraphs that held nothing but markers. */
function removeEmptied(tree: Root, emptied: Set<Parent>): void {
  visit(tree, (node) => {
    if (!("children" in node)) return;
    const parent = node as Parent;
    if (parent.children.some((c) => emptied.has(c as Parent)))
      parent.children = parent.children.filter((c) => !emptied.has(c as Parent));
  });
}

/** Puts the author's escaped asterisks back. */
export function restoreEscapedStars(tree: Root): void {
  visit(tree, "text", (node: Text) => {
    if (node.value.includes(ESCAPED_STAR)) node.value = node.value.replaceAll(ESCAPED_STAR, "*");
  });
}

/** Bold inside bold adds nothing; adjacent bold runs are one run. */
export function mergeStrong(tree: Root): void {
  visit(tree, "strong", (node: Strong) => {
    node.children = node.children.flatMap((c) => (c.type === "strong" ? c.children : [c]));
  });
  visit(tree, (node) => {
    if (!("children" in node)) return;
    const parent = node as Parent;
    const out: RootContent[] = [];
    for (const child of parent.children) {
      const prev = out[out.length - 1];
      if (child.type === "strong" && prev?.type === "strong") prev.children.push(...child.children);
      else out.push(child);
    }
    parent.children = out;
  });
}

/** A soft line break between two CJK characters is not a space in Chinese. */
export function joinCjkLines(tree: Root): void {
  visit(tree, "text", (node: Text) => {
    if (!node.value.includes("\n")) return;
    node.value = node.value.replace(/(.)\n[ \t]*(.)/gsu, (all, a: string, b: string) =>
      CJK_CHAR.test(a) && CJK_CHAR.test(b) ? a + b : all,
    );
  });
}
