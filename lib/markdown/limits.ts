/**
 * Bounds on what one article may make the Markdown parser do. micromark checks every open container
 * (list, block quote) on every line, so 10,000 nested list items on one line took 90 s and then
 * overflowed the stack of the HTML stages. No news article nests more than a handful of levels.
 */

/** Container levels (list items and block quotes) one line may open; deeper markers are dropped. */
export const MAX_NESTING = 32;
/** Leading whitespace kept on a line outside code fences (indentation nests lists too). */
export const MAX_INDENT = 4 * MAX_NESTING;
/**
 * Inline punctuation (brackets, emphasis and code delimiters, `<`, `&`) one paragraph may use before
 * the rest of it is escaped to plain text: matching them is quadratic (50,000 `[` took 30 s, 50,000
 * `*a ` minutes). A news paragraph uses a few dozen.
 */
export const MAX_INLINE_MARKS = 2000;
const INLINE_MARK = /[[\]*_`<>&~!]/g;

const MARKER = /[ \t]{0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/y;
const FENCE = /^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)])[ \t]+)*[ \t]*(`{3,}|~{3,})/;
const INDENT = /^[ \t]+/;

export interface LimitReport {
  text: string;
  /** 1-based line numbers (of `markdown`) whose nesting was flattened. */
  nested: number[];
  /** 1-based line numbers where a paragraph's inline punctuation was escaped. */
  escaped: number[];
}

/**
 * Keeps at most MAX_NESTING container markers and MAX_INDENT leading blanks on each line outside
 * fenced code, and escapes a paragraph's inline punctuation beyond MAX_INLINE_MARKS; the text itself
 * is kept. Linear in the input; a no-op for every article of the real corpus.
 */
export function limitMarkdown(markdown: string): LimitReport {
  const source = markdown.split("\n");
  const nested: number[] = [];
  const escaped: number[] = [];
  let fence: string | null = null;
  let marks = 0;
  for (let n = 0; n < source.length; n++) {
    const line = source[n];
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
      continue;
    }
    if (f) fence = f[1];
    if (!line.trim()) marks = 0;
    let fixed = line;
    const indent = INDENT.exec(fixed);
    if (indent && indent[0].length > MAX_INDENT) fixed = fixed.slice(0, MAX_INDENT) + fixed.slice(indent[0].length);
    // The run of container markers at the start of the line: keep the first MAX_NESTING.
    MARKER.lastIndex = 0;
    let depth = 0;
    let keep = 0;
    let stop = 0;
    while (MARKER.exec(fixed) && MARKER.lastIndex > stop) {
      stop = MARKER.lastIndex;
      if (++depth === MAX_NESTING) keep = stop;
    }
    if (depth > MAX_NESTING) {
      fixed = fixed.slice(0, keep) + fixed.slice(stop);
      stop = keep;
      nested.push(n + 1);
    } else if (fixed !== line) nested.push(n + 1);
    if (!fence) {
      const before = marks;
      let rest = fixed.slice(stop);
      marks += rest.match(INLINE_MARK)?.length ?? 0;
      if (marks > MAX_INLINE_MARKS) {
        let budget = Math.max(0, MAX_INLINE_MARKS - before);
        rest = rest.replace(INLINE_MARK, (c) => (budget-- > 0 ? c : `\\${c}`));
        fixed = fixed.slice(0, stop) + rest;
        escaped.push(n + 1);
      }
    }
    if (fixed !== line) source[n] = fixed;
  }
  return { text: nested.length || escaped.length ? source.join("\n") : markdown, nested, escaped };
}
