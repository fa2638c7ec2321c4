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
 * Before parsing: `**甲****乙**` in exports is one bold run that the HTML converter closed and
 * reopened, and a `****` glued to text is an empty pair; as Markdown both are ambiguous and can
 * survive as literal asterisks, so they are removed (a `****` line, a thematic break, is kept).
 * Escaped `\*` are set aside. Code is left alone.
 */
export function prepareEmphasis(markdown: string): string {
  if (!markdown.includes("****") && !markdown.includes("\\*")) return markdown;
  return outsideCode(markdown, (text) =>
    text
      .replace(/\\\*/g, ESCAPED_STAR)
      .replace(/(?<=\S)(?<!\*)\*{4}(?!\*)|(?<=^|\s)\*{4}(?=\s|$)(?!\s*$)|(?<=\S\s*)\*{4}$/g, ""),
  );
}

/**
 * After parsing: `**` that CommonMark's flanking rules left as text (a bold run closed right after
 * a quote mark and before a Latin letter, or across a hard line break) are paired up, in order,
 * within their paragraph, and what lies between becomes bold. An unpaired `**` stays literal.
 */
export function pairLeftoverStrong(tree: Root): string[] {
  const unpaired: string[] = [];
  visit(tree, (node) => {
    if (!("children" in node) || node.type === "root" || node.type === "list" || node.type === "blockquote") return;
    const parent = node as Parent;
    if (!parent.children.some((c) => c.type === "text" && c.value.includes("**"))) return;
    const out: RootContent[] = [];
    let open: RootContent[] | null = null;
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
            if (inner.length) out.push({ type: "strong", children: inner as Strong["children"] });
          } else {
            open = [];
          }
        }
        if (part) push({ type: "text", value: part });
      });
    }
    if (open) {
      const rest = open as RootContent[];
      out.push({ type: "text", value: "**" }, ...rest);
      unpaired.push(
        `**${rest
          .map((n) => ("value" in n ? n.value : ""))
          .join("")
          .slice(0, 20)}`,
      );
    }
    parent.children = out;
  });
  return unpaired;
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
