/** Pagefind's excerpt (HTML with <mark>) as text parts and highlighted parts: rendered as text, never as HTML. */
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };

export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const mark = part.startsWith("<mark>");
      const text = (mark ? part.slice(6, -7) : part).replace(/<[^>]*>/g, "").replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]);
      return { text, mark };
    });
}
