import { unescapeXml } from "./xml";

/** Pagefind's excerpt (HTML with <mark>) as text parts and highlighted parts: rendered as text, never as HTML. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const mark = part.startsWith("<mark>");
      const text = unescapeXml((mark ? part.slice(6, -7) : part).replace(/<[^>]*>/g, ""));
      return { text, mark };
    });
}

/** Neighbouring parts of one kind as one (Pagefind marks each segment of a Chinese word: 台, 积电). */
function merged(parts: { text: string; mark: boolean }[]): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  for (const p of parts) {
    const last = out.at(-1);
    if (last && last.mark === p.mark) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/**
 * The excerpt in the article's own script. The index holds text folded to Simplified (lib/search.ts);
 * for an article whose text folding changed, the record keeps the original, and since the fold keeps
 * lengths the excerpt's place in the folded content is its place in the original. Unchanged (the
 * folded parts) when the excerpt cannot be placed.
 */
export function originalExcerptParts(
  excerpt: string,
  content: string,
  original?: string,
): { text: string; mark: boolean }[] {
  const parts = merged(excerptParts(excerpt));
  if (!original || original.length !== content.length) return parts;
  const at = content.indexOf(parts.map((p) => p.text).join(""));
  if (at < 0) return parts;
  let pos = at;
  return parts.map((p) => {
    const text = original.slice(pos, pos + p.text.length);
    pos += p.text.length;
    return { text, mark: p.mark };
  });
}
