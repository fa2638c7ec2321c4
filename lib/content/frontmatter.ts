/**
 * Front matter in the three forms Hugo reads: YAML between `---` lines, TOML between `+++` lines,
 * or a JSON object at the top of the file. Values are data only (YAML's core schema: no dates or
 * custom types), so a date without a zone stays text and is read in the site's zone later.
 */
import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { parse as parseToml, TomlError } from "smol-toml";

export type FrontMatterFormat = "yaml" | "toml" | "json" | "none";

export interface FrontMatter {
  format: FrontMatterFormat;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of a key in the file (1 when absent). */
  keyLine(key: string): number;
}

export class FrontMatterError extends Error {
  constructor(
    readonly format: FrontMatterFormat,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const yamlEngine = (text: string): object => (loadYaml(text, { schema: CORE_SCHEMA }) ?? {}) as object;

function finder(lines: string[], offset: number, pattern: (key: string) => RegExp) {
  return (key: string) => {
    const re = pattern(key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const i = lines.findIndex((l) => re.test(l));
    return i >= 0 ? i + 1 + offset : 1;
  };
}

function asRecord(value: unknown, format: FrontMatterFormat): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new FrontMatterError(format, 1, 1, "front matter must be a mapping of keys to values");
  }
  return value as Record<string, unknown>;
}

/** `text` has LF line endings and no byte-order mark. */
export function readFrontMatter(text: string): FrontMatter {
  if (/^\+\+\+[ \t]*\n/.test(text)) {
    const end = text.indexOf("\n+++", 3);
    if (end < 0) throw new FrontMatterError("toml", 1, 1, "TOML front matter opened with +++ is never closed");
    const source = text.slice(text.indexOf("\n") + 1, end + 1);
    let data: unknown;
    try {
      data = parseToml(source);
    } catch (e) {
      const err = e as TomlError;
      throw new FrontMatterError(
        "toml",
        (err.line ?? 0) + 1,
        err.column ?? 1,
        (err.message ?? "TOML error").split("\n")[0],
      );
    }
    const body = text.slice(end + 4).replace(/^[ \t]*\n/, "");
    return {
      format: "toml",
      data: asRecord(data, "toml"),
      body,
      keyLine: finder(source.split("\n"), 1, (k) => new RegExp(`^\\s*["']?${k}["']?\\s*=`)),
    };
  }

  if (text.startsWith("{")) {
    // Hugo's JSON front matter: an object at the top; it ends at the first line starting with `}` that closes it.
    const lines = text.split("\n");
    let firstError: SyntaxError | null = null;
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("}")) continue;
      const source = lines.slice(0, i + 1).join("\n");
      try {
        const data = JSON.parse(source);
        return {
          format: "json",
          data: asRecord(data, "json"),
          body: lines.slice(i + 1).join("\n"),
          keyLine: finder(lines.slice(0, i + 1), 0, (k) => new RegExp(`^\\s*"${k}"\\s*:`)),
        };
      } catch (e) {
        firstError ??= e as SyntaxError;
      }
    }
    const at = /position (\d+)/.exec(firstError?.message ?? "");
    const pos = at ? Number(at[1]) : 0;
    const line = text.slice(0, pos).split("\n").length;
    throw new FrontMatterError(
      "json",
      line,
      pos - text.lastIndexOf("\n", pos - 1),
      `JSON front matter does not parse (${firstError?.message ?? "no closing }"})`,
    );
  }

  if (!/^---[ \t]*\n/.test(text)) {
    return { format: "none", data: {}, body: text, keyLine: () => 1 };
  }
  try {
    const parsed = matter(text, { engines: { yaml: yamlEngine } });
    const source = (parsed.matter ?? "").replace(/^\n/, "");
    return {
      format: "yaml",
      data: asRecord(parsed.data, "yaml"),
      body: parsed.content,
      keyLine: finder(source.split("\n"), 1, (k) => new RegExp(`^["']?${k}["']?\\s*:`)),
    };
  } catch (e) {
    if (e instanceof FrontMatterError) throw e;
    const err = e as { mark?: { line?: number; column?: number }; reason?: string; message?: string };
    throw new FrontMatterError(
      "yaml",
      typeof err.mark?.line === "number" ? err.mark.line + 2 : 1,
      (err.mark?.column ?? 0) + 1,
      err.reason ?? err.message?.split("\n")[0] ?? "YAML error",
    );
  }
}
