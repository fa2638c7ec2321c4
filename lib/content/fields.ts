/**
 * Readers of front-matter values, one per type of ./schema. Each takes whatever YAML, TOML or JSON
 * gave, returns a value of its type, and reports a value it had to repair or drop on the key's line.
 */
import type { SidebarSide, SiteConfig } from "../config";
import { parseDate } from "../dates";
import { truncateChars } from "../text";
import { aliasPath, termSlug } from "../urls";
import { isWidgetName } from "../widgets";
import type { DiagnosticSink } from "./diagnostics";
import { FRONT_MATTER, fieldDefault, fieldSpec, type FieldKey, type FieldSpec } from "./schema";

export interface TermRef {
  name: string;
  slug: string;
}

/** A thumbnail as written, before its URL is checked (./thumbnail). */
export interface ThumbnailValue {
  src: string;
  list: boolean;
  post: boolean;
}

/** Tags (and categories, languages) one article may have; a term's length. */
export const MAX_TERMS = 100;
export const MAX_TERM_CHARS = 60;

/** The front matter of one file and where to report. */
export interface FieldContext {
  data: Record<string, unknown>;
  /** 1-based line of a key in the file (1 when absent). */
  line(key: string): number;
  sink: DiagnosticSink;
  site: SiteConfig;
}

/** The value each type reads to. `date` is undefined when the key is absent (the article reports it). */
interface TypeValues {
  text: string;
  list: string[];
  terms: TermRef[];
  flag: boolean;
  date: Date | null | undefined;
  "optional-date": Date | null;
  number: number;
  sidebar: SidebarSide;
  widgets: string[];
  thumbnail: ThumbnailValue | null;
  paths: string[];
  path: string[];
  unused: undefined;
}

type Spec<K extends FieldKey> = Extract<(typeof FRONT_MATTER)[number], { key: K }>;
export type FieldValue<K extends FieldKey> = TypeValues[Spec<K>["type"]];

const absent = (v: unknown) => v === undefined || v === null || v === "";

function text(spec: FieldSpec, ctx: FieldContext): string {
  const v = ctx.data[spec.key];
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) {
    ctx.sink.report("list-for-text", ctx.line(spec.key), { key: spec.key, joined: v.join(" ") });
    return v.join(" ").trim();
  }
  ctx.sink.report("not-text", ctx.line(spec.key), { key: spec.key });
  return "";
}

function list(spec: FieldSpec, ctx: FieldContext): string[] {
  const v = ctx.data[spec.key];
  const read = (): string[] => {
    if (absent(v)) return [];
    if (typeof v === "string" || typeof v === "number") {
      if (!spec.single) ctx.sink.report("text-for-list", ctx.line(spec.key), { key: spec.key, value: String(v) });
      return [String(v).trim()].filter(Boolean);
    }
    if (Array.isArray(v)) {
      const out = v.filter((x) => typeof x === "string" || typeof x === "number").map((x) => String(x).trim());
      if (out.length !== v.length) ctx.sink.report("list-entries-not-text", ctx.line(spec.key), { key: spec.key });
      return out.filter(Boolean);
    }
    ctx.sink.report("not-a-list", ctx.line(spec.key), { key: spec.key });
    return [];
  };
  const values = read();
  return values.length || !spec.default ? values : (fieldDefault(spec, ctx.site) as string[]);
}

function terms(spec: FieldSpec, ctx: FieldContext): TermRef[] {
  const line = ctx.line(spec.key);
  const names = list(spec, ctx);
  if (names.length > MAX_TERMS) {
    ctx.sink.report("too-many-terms", line, { key: spec.key, count: names.length, max: MAX_TERMS });
    names.length = MAX_TERMS;
  }
  const seen = new Set<string>();
  const out: TermRef[] = [];
  for (const raw of names) {
    const long = Array.from(raw).length > MAX_TERM_CHARS;
    const name = long ? truncateChars(raw, MAX_TERM_CHARS) : raw;
    if (long) ctx.sink.report("term-too-long", line, { key: spec.key, name, max: MAX_TERM_CHARS });
    const slug = termSlug(name);
    if (!slug) {
      ctx.sink.report("term-without-letters", line, { key: spec.key, name });
      continue;
    }
    if (seen.has(slug)) continue;
    seen.add(slug);
    out.push({ name, slug });
  }
  return out;
}

function flag(spec: FieldSpec, ctx: FieldContext): boolean {
  const v = ctx.data[spec.key];
  const fallback = fieldDefault(spec, ctx.site) as boolean;
  if (absent(v)) return fallback;
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "false") return v === "true";
  ctx.sink.report("not-a-flag", ctx.line(spec.key), { key: spec.key, fallback });
  return fallback;
}

function date(spec: FieldSpec, ctx: FieldContext): Date | null | undefined {
  const v = ctx.data[spec.key];
  if (absent(v)) return undefined;
  const d = parseDate(v, ctx.site.timeZone);
  if (!d) ctx.sink.report("bad-date", ctx.line(spec.key), { value: String(v) });
  return d;
}

function optionalDate(spec: FieldSpec, ctx: FieldContext): Date | null {
  const v = ctx.data[spec.key];
  if (absent(v)) return null;
  const d = parseDate(v, ctx.site.timeZone);
  if (!d) ctx.sink.report("bad-optional-date", ctx.line(spec.key), { key: spec.key, value: String(v) });
  return d;
}

function number(spec: FieldSpec, ctx: FieldContext): number {
  const v = ctx.data[spec.key];
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (!absent(v)) ctx.sink.report("not-a-number", ctx.line(spec.key), { key: spec.key });
  return 0;
}

function sidebar(spec: FieldSpec, ctx: FieldContext): SidebarSide {
  const v = ctx.data[spec.key];
  const fallback = fieldDefault(spec, ctx.site) as SidebarSide;
  if (v === "left" || v === "right") return v;
  if (v === true) return "right";
  if (v === false || v === "false" || v === "none") return "none";
  if (!absent(v)) ctx.sink.report("bad-sidebar", ctx.line(spec.key), { value: String(v), fallback });
  return fallback;
}

function widgets(spec: FieldSpec, ctx: FieldContext): string[] {
  const v = ctx.data[spec.key];
  const names = v === undefined || v === null ? (fieldDefault(spec, ctx.site) as string[]) : list(spec, ctx);
  for (const name of names) {
    if (!isWidgetName(name)) ctx.sink.report("unknown-widget", ctx.line(spec.key), { name });
  }
  return names;
}

function thumbnail(spec: FieldSpec, ctx: FieldContext): ThumbnailValue | null {
  const value = ctx.data[spec.key];
  if (absent(value)) return null;
  let src: unknown = value;
  let { list, post } = ctx.site.defaults.thumbnail;
  if (typeof value === "object" && !Array.isArray(value)) {
    const v = value as { src?: unknown; visibility?: unknown };
    src = v.src;
    if (Array.isArray(v.visibility)) {
      list = v.visibility.includes("list");
      post = v.visibility.includes("post");
    }
  }
  if (typeof src !== "string" || !src.trim()) {
    ctx.sink.report("bad-thumbnail", ctx.line(spec.key), {});
    return null;
  }
  return { src, list, post };
}

/** Old site paths, decoded, without a trailing slash; unsafe ones reported and dropped. */
function sitePaths(spec: FieldSpec, ctx: FieldContext, values: string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const path = aliasPath(value);
    if (path) out.push(path);
    else ctx.sink.report("bad-path", ctx.line(spec.key), { key: spec.key, value: truncateChars(value, 60) });
  }
  return out;
}

const READERS: { [T in keyof TypeValues]: (spec: FieldSpec, ctx: FieldContext) => TypeValues[T] } = {
  text,
  list,
  terms,
  flag,
  date,
  "optional-date": optionalDate,
  number,
  sidebar,
  widgets,
  thumbnail,
  paths: (spec, ctx) => sitePaths(spec, ctx, list(spec, ctx)),
  path: (spec, ctx) => {
    const value = text(spec, ctx);
    return sitePaths(spec, ctx, value ? [value] : []);
  },
  unused: () => undefined,
};

/** The value of one key, read by the reader of its type. */
export function readField<K extends FieldKey>(key: K, ctx: FieldContext): FieldValue<K> {
  const spec = fieldSpec(key);
  return READERS[spec.type](spec, ctx) as FieldValue<K>;
}
