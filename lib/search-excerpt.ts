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
