/**
 * The script toggle's conversions (opencc-js), by the script of the text and the one the reader
 * chose: Simplified (zh-CN), Traditional as written in Hong Kong (zh-HK) or in Taiwan (zh-TW).
 * Each converter loads only the dictionaries it needs, when first asked for. Simplified → Traditional
 * needs opencc's phrase table (400 KB gzipped in full): the browser gets only the phrases the site's
 * own text uses (`usedPhrases`, written by scripts/build-search.ts to public/opencc/).
 */
import { ConverterFactory, type ConverterFunction } from "opencc-js/core";

export type Script = "zh-CN" | "zh-HK" | "zh-TW";
export const SCRIPTS: readonly Script[] = ["zh-CN", "zh-HK", "zh-TW"];

/** The script a `lang` value is written in; null for anything not Chinese (left alone). */
export function scriptOf(lang: string | null | undefined): Script | null {
  const l = (lang ?? "").toLowerCase();
  if (l !== "zh" && !l.startsWith("zh-")) return null;
  if (/^zh-(hk|mo)\b|^zh-hant-(hk|mo)\b/.test(l)) return "zh-HK";
  if (/^zh-(tw|hant)\b/.test(l)) return "zh-TW";
  return "zh-CN";
}

/** Where the Simplified → Traditional phrase table for the site's text is served. */
export const PHRASES_URL = "/opencc/st-phrases.txt";

type Dict = string;
const load = (p: Promise<{ default: Dict }>) => p.then((m) => m.default);

async function toStandardTraditional(from: Script, stPhrases: () => Promise<Dict>): Promise<Dict[][]> {
  if (from === "zh-CN") return [[await stPhrases(), await load(import("opencc-js/dict/STCharacters"))].filter(Boolean)];
  if (from === "zh-HK")
    return [
      await Promise.all([
        load(import("opencc-js/dict/HKVariantsRevPhrases")),
        load(import("opencc-js/dict/HKVariantsRev")),
      ]),
    ];
  return [
    await Promise.all([
      load(import("opencc-js/dict/TWVariantsRevPhrases")),
      load(import("opencc-js/dict/TWVariantsRev")),
    ]),
  ];
}

async function fromStandardTraditional(to: Script): Promise<Dict[][]> {
  if (to === "zh-CN")
    return [await Promise.all([load(import("opencc-js/dict/TSPhrases")), load(import("opencc-js/dict/TSCharacters"))])];
  if (to === "zh-HK")
    return [
      await Promise.all([load(import("opencc-js/dict/HKVariantsPhrases")), load(import("opencc-js/dict/HKVariants"))]),
    ];
  return [
    await Promise.all([load(import("opencc-js/dict/TWVariantsPhrases")), load(import("opencc-js/dict/TWVariants"))]),
  ];
}

/** A converter from one script to another (null when they are the same). */
export async function converter(
  from: Script,
  to: Script,
  stPhrases: () => Promise<Dict>,
): Promise<ConverterFunction | null> {
  if (from === to) return null;
  const [a, b] = await Promise.all([toStandardTraditional(from, stPhrases), fromStandardTraditional(to)]);
  return ConverterFactory(...a, ...b);
}

let lastTable: { dict: Dict; table: Map<string, string>; longest: number } | null = null;
/** An opencc phrase dictionary as a map, and its longest key; the last one is kept (a build calls this per batch). */
function phraseTable(dict: Dict): { table: Map<string, string>; longest: number } {
  if (lastTable?.dict === dict) return lastTable;
  const table = new Map<string, string>();
  let longest = 0;
  for (const entry of dict.split("|")) {
    const [from, to] = entry.split(" ");
    if (!from || !to) continue;
    table.set(from, to);
    longest = Math.max(longest, from.length);
  }
  lastTable = { dict, table, longest };
  return lastTable;
}

/**
 * The entries of an opencc phrase dictionary ("from to|…") found anywhere in the texts, at every
 * position and every length (a page cuts text into nodes, so a shorter match than the longest may be
 * the one used). Converting those texts, or any piece of them, with the subset gives what the full
 * table gives.
 */
export function usedPhrases(texts: Iterable<string>, dict: Dict): Dict {
  const { table, longest } = phraseTable(dict);
  const used = new Map<string, string>();
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      for (let n = 2; n <= longest && i + n <= text.length; n++) {
        const key = text.slice(i, i + n);
        const value = table.get(key);
        if (value !== undefined) used.set(key, value);
      }
    }
  }
  return [...used].map(([k, v]) => `${k} ${v}`).join("|");
}
