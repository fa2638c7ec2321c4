/** Plain-text helpers that know Chinese is counted in characters, not words. */

// A space between a CJK character or full-width punctuation and another is a line or paragraph break, not a word gap.
const CJK_SPACE = /([\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;
const CJK_GLOBAL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Markdown reduced to its readable text, cheaply (no parse): for excerpts and fallbacks. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```/gm, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")
    .replace(/(\*{1,3}|_{2,3}|~~|`+)/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1")
    .replace(/\s+/g, " ")
    .replace(CJK_SPACE, "$1")
    .trim();
}

export function isMostlyCjk(text: string): boolean {
  const sample = text.slice(0, 400);
  const cjk = sample.match(CJK_GLOBAL)?.length ?? 0;
  const latinWords = sample.replace(CJK_GLOBAL, " ").match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return cjk > latinWords;
}

/**
 * An excerpt of about 120 CJK characters or 50 Latin words, cut at a sentence end when one is near
 * the limit, else at a word boundary, with an ellipsis when text was cut.
 */
export function excerpt(text: string, cjkChars = 120, latinWords = 50): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return "";
  if (isMostlyCjk(clean)) {
    const chars = Array.from(clean);
    if (chars.length <= cjkChars) return clean;
    const head = chars.slice(0, cjkChars).join("");
    const sentenceEnd = Math.max(...["。", "！", "？", "；"].map((p) => head.lastIndexOf(p)));
    if (sentenceEnd >= cjkChars * 0.6) return head.slice(0, sentenceEnd + 1);
    return `${head}…`;
  }
  const words = clean.split(" ");
  if (words.length <= latinWords) return clean;
  const head = words.slice(0, latinWords).join(" ");
  const sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  if (sentenceEnd >= head.length * 0.6) return head.slice(0, sentenceEnd + 1);
  return `${head.replace(/[,;:]$/, "")}…`;
}

/** The first `n` visible characters, for titles made up from a summary or body. */
export function truncateChars(text: string, n: number): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= n ? chars.join("") : `${chars.slice(0, n).join("")}…`;
}

/** A short title made from running text: its first sentence, at most ~40 CJK characters or ~12 words. */
export function titleFromText(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  // The first sentence end that leaves a real sentence: "U.S. STATE DEPARTMENT…" does not end at "U.S.".
  let sentence = clean;
  for (const m of clean.matchAll(/[。！？]|[.!?](?=\s)/gu)) {
    const head = clean.slice(0, (m.index ?? 0) + 1);
    if (isMostlyCjk(head) ? Array.from(head).length >= 6 : head.split(" ").length >= 4) {
      sentence = head;
      break;
    }
  }
  if (isMostlyCjk(sentence)) return truncateChars(sentence, 40);
  const words = sentence.split(" ");
  return words.length <= 12
    ? sentence
    : `${words
        .slice(0, 12)
        .join(" ")
        .replace(/[,;:]$/, "")}…`;
}

export interface ReadingStats {
  /** CJK characters plus Latin words: how Chinese editors count "字". */
  length: number;
  minutes: number;
}

function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin, Greek, Cyrillic and other alphabetic blocks below the CJK ranges; not punctuation.
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1fff);
}

/**
 * Length and reading time counted in characters for Chinese (≈400/min) and words for Latin
 * (≈220/min). One pass over the text: this runs for every article of the index.
 */
export function readingStats(plain: string): ReadingStats {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 0xd840 && c <= 0xd87f) {
      cjk++; // CJK extension B–F: a surrogate pair counts once
      i++;
      inWord = false;
    } else if (isCjkCode(c)) {
      cjk++;
      inWord = false;
    } else if (isWordCode(c)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45))) {
      inWord = false;
    }
  }
  const length = cjk + words;
  return { length, minutes: length === 0 ? 0 : Math.max(1, Math.round(cjk / 400 + words / 220)) };
}
