/**
 * One script for search: Traditional Chinese (standard, Hong Kong and Taiwan variants) folded to
 * Simplified with opencc-js's Traditional → Simplified dictionaries, so 台積電 and 台积电 are the
 * same word to the index. Used at index time (scripts/build-search.ts) and, loaded lazily, on the
 * query in the browser. The fold keeps every string's length (UTF-16 units): the few dictionary
 * entries that would change it (rare extension-B characters) are left out, so an offset in the
 * folded text is the same offset in the original (lib/search-excerpt.ts relies on it).
 * Simplified and English text pass through unchanged.
 */
import { ConverterFactory, type ConverterFunction } from "opencc-js/core";
import HKVariantsRev from "opencc-js/dict/HKVariantsRev";
import HKVariantsRevPhrases from "opencc-js/dict/HKVariantsRevPhrases";
import TSCharacters from "opencc-js/dict/TSCharacters";
import TSPhrases from "opencc-js/dict/TSPhrases";
import TWVariantsRev from "opencc-js/dict/TWVariantsRev";
import TWVariantsRevPhrases from "opencc-js/dict/TWVariantsRevPhrases";

/** A dictionary's entries whose replacement has the same length, first choice only. */
function sameLength(dict: string): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of dict.split("|")) {
    const [from, to] = entry.split(" ");
    if (from && to && from.length === to.length) out.push([from, to]);
  }
  return out;
}

let fold: ConverterFunction | null = null;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f]/;

export function foldScript(text: string): string {
  if (!HAN.test(text)) return text;
  fold ??= ConverterFactory(
    [HKVariantsRevPhrases, HKVariantsRev, TWVariantsRevPhrases, TWVariantsRev].map(sameLength),
    [TSPhrases, TSCharacters].map(sameLength),
  );
  return fold(text);
}
