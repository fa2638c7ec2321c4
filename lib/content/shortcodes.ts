/**
 * Hugo shortcodes authors use most, turned into Markdown before rendering: `figure` (a captioned
 * image), `youtube` (a privacy-friendly link, no embedded player), `highlight` (a fenced code
 * block), `ref`/`relref` (the URL of another article). Any other shortcode is removed (and reported
 * when the content is checked), never shown raw to readers.
 */
export const KNOWN_SHORTCODES = ["figure", "youtube", "highlight", "ref", "relref"] as const;

const SHORTCODE = /\{\{([<%])\s*(\/)?\s*([\w-]+)((?:"[^"]*"|'[^']*'|[^"'])*?)\s*[>%]\}\}/g;

export interface ShortcodeUse {
  name: string;
  closing: boolean;
  /** 1-based position in the text given. */
  line: number;
  column: number;
}

export function findShortcodes(text: string): ShortcodeUse[] {
  const out: ShortcodeUse[] = [];
  if (!text.includes("{{")) return out;
  for (const m of text.matchAll(SHORTCODE)) {
    const before = text.slice(0, m.index);
    const line = before.split("\n").length;
    out.push({ name: m[3], closing: m[2] === "/", line, column: m.index! - before.lastIndexOf("\n") });
  }
  return out;
}

/** `a b="c d" e=f` → positional ["a"] and named {b: "c d", e: "f"}. */
export function shortcodeArgs(text: string): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const m of text.matchAll(/(?:([\w-]+)\s*=\s*)?(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    const value = m[2] ?? m[3] ?? m[4] ?? "";
    if (m[1]) named[m[1]] = value;
    else positional.push(value);
  }
  return { positional, named };
}

const md = (s: string) => s.replace(/([\\[\]()"])/g, "\\$1");

/** Replaces shortcodes with Markdown. `resolveRef` maps a `ref` target to a URL (null: unknown). */
export function expandShortcodes(text: string, resolveRef: (target: string) => string | null = () => null): string {
  if (!text.includes("{{")) return text;
  // Paired highlight blocks first: their content is code, not Markdown.
  let out = text.replace(
    /\{\{[<%]\s*highlight\s+([\w+#-]*)[^}]*?[>%]\}\}\n?([\s\S]*?)\n?\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}/g,
    (_all, lang: string, code: string) => `\n\`\`\`${lang}\n${code.replace(/\n$/, "")}\n\`\`\`\n`,
  );
  out = out.replace(SHORTCODE, (_all, _kind: string, closing: string | undefined, name: string, rawArgs: string) => {
    if (closing) return "";
    const { positional, named } = shortcodeArgs(rawArgs);
    switch (name) {
      case "figure": {
        const src = named.src ?? positional[0];
        if (!src) return "";
        const caption = named.caption ?? named.title ?? "";
        const title = caption ? ` "${caption.replace(/"/g, "'")}"` : "";
        const image = `![${md(named.alt ?? caption)}](${src.replace(/[ )]/g, encodeURIComponent)}${title})`;
        return `\n\n${named.link ? `[${image}](${named.link})` : image}\n\n`;
      }
      case "youtube": {
        const id = (named.id ?? positional[0] ?? "").replace(/[^\w-]/g, "");
        return id ? `[▶ YouTube: ${md(named.title ?? id)}](https://www.youtube.com/watch?v=${id})` : "";
      }
      case "ref":
      case "relref": {
        const target = positional[0] ?? named.path ?? "";
        return resolveRef(target) ?? "#";
      }
      default:
        return "";
    }
  });
  return out;
}
