/**
 * Dates as real exports write them. A date without an offset is a wall-clock time in the site's
 * zone (the old site read it as UTC and showed Beijing times 8 hours off); an explicit offset wins.
 */

const LOCAL =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Milliseconds to add to UTC to get the wall-clock time in `timeZone` at instant `utcMs`. */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second"));
  return wall - Math.floor(utcMs / 1000) * 1000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The instant at which the wall clock in `timeZone` shows the given fields. */
function wallTimeToUtc(fields: number[], timeZone: string): number {
  const [y, mo, d, h, mi, s, ms] = fields;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Two passes settle the offset across a DST change.
  let guess = asUtc - zoneOffsetMs(asUtc, timeZone);
  guess = asUtc - zoneOffsetMs(guess, timeZone);
  return guess;
}

function validFields(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth;
}

/**
 * Reads ISO 8601 (with or without offset, date only), `YYYY-MM-DD HH:mm[:ss]` and RFC 2822.
 * Returns null when the text is not a date.
 */
export function parseDate(input: unknown, timeZone: string): Date | null {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input;
  if (typeof input === "number" && Number.isFinite(input)) return new Date(input);
  if (typeof input !== "string") return null;
  const text = input.trim();
  if (!text) return null;

  const m = LOCAL.exec(text);
  if (m) {
    const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((v) => (v === undefined ? 0 : Number(v)));
    const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0;
    if (!validFields(y, mo, d, h, mi, s)) return null;
    const zone = m[8];
    if (!zone) return new Date(wallTimeToUtc([y, mo, d, h, mi, s, ms], timeZone));
    const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
    if (zone.toUpperCase() === "Z") return new Date(utc);
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const offsetMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    return new Date(utc - sign * offsetMin * 60_000);
  }

  // RFC 2822 ("Fri, 21 Aug 2026 11:00:00 +0800"): only with an explicit zone, so it is unambiguous.
  if (
    /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|GMT|UT|UTC|Z)$/.test(
      text,
    )
  ) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : new Date(ms);
  }
  return null;
}

/** `YYYY-MM-DD` of an instant as seen in `timeZone`. */
export function isoDay(date: Date, timeZone: string): string {
  const parts = zoneFormatter(timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month").padStart(2, "0")}-${get("day").padStart(2, "0")}`;
}

/** A reader-facing date, e.g. "2025年2月7日" or "Feb 7, 2025", in the site's zone. */
export function formatDate(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, year: "numeric", month: "long", day: "numeric" }).format(date);
}

/** ISO 8601 with the site zone's offset, e.g. "2025-02-07T17:31:11+08:00". */
export function isoWithZone(date: Date, timeZone: string): string {
  const offsetMin = Math.round(zoneOffsetMs(date.getTime(), timeZone) / 60_000);
  const local = new Date(date.getTime() + offsetMin * 60_000).toISOString().slice(0, 19);
  const sign = offsetMin < 0 ? "-" : "+";
  const abs = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const DAY_MS = 86_400_000;
/** Per zone: the zone's offset on each UTC day (null on a day it changes), and each local day's key. */
const dayKeyCache = new Map<string, { offsets: Map<number, number | null>; keys: Map<number, string | null> }>();

/**
 * The day (`YYYY-MM-DD`) an instant falls on in `timeZone`, as `isoDay`, fast enough for every
 * article of a 100,000-article index: the zone's offset is looked up once per UTC day (formatting
 * a date in a zone costs microseconds), and per instant only on the rare days the offset changes.
 * Null outside years 1000-9999, which no archive URL can name.
 */
export function dayKey(date: Date, timeZone: string): string | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.6e15) return null;
  let cache = dayKeyCache.get(timeZone);
  if (!cache) dayKeyCache.set(timeZone, (cache = { offsets: new Map(), keys: new Map() }));
  const utcDay = Math.floor(ms / DAY_MS);
  let offset = cache.offsets.get(utcDay);
  if (offset === undefined) {
    const first = zoneOffsetMs(utcDay * DAY_MS, timeZone);
    offset = first === zoneOffsetMs(utcDay * DAY_MS + DAY_MS - 1000, timeZone) ? first : null;
    cache.offsets.set(utcDay, offset);
  }
  const localDay = Math.floor((ms + (offset ?? zoneOffsetMs(ms, timeZone))) / DAY_MS);
  let key = cache.keys.get(localDay);
  if (key === undefined) {
    const text = Number.isFinite(localDay) ? new Date(localDay * DAY_MS).toISOString().slice(0, 10) : "";
    key = /^[1-9]\d{3}-\d{2}-\d{2}$/.test(text) ? text : null;
    cache.keys.set(localDay, key);
  }
  return key;
}

/** A day key (`2026-08-22`) or month key (`2026-08`) or year (`2026`) shown to readers: "2026年8月22日". */
export function formatDayKey(key: string, locale: string): string {
  const [y, m = 1, d = 1] = key.split("-").map(Number);
  const options: Intl.DateTimeFormatOptions =
    key.length === 4
      ? { timeZone: "UTC", year: "numeric" }
      : key.length === 7
        ? { timeZone: "UTC", year: "numeric", month: "long" }
        : { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" };
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** The month or day alone: "8月", "22日" (zh) / "August", "22" (en). */
export function formatDayPart(key: string, locale: string): string {
  const [y, m = 1, d = 1] = key.split("-").map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  const options: Intl.DateTimeFormatOptions =
    key.length === 7
      ? // Chinese names a month alone in words (八月); "8月" is what the other dates say.
        { timeZone: "UTC", month: locale.startsWith("zh") ? "numeric" : "long" }
      : { timeZone: "UTC", day: "numeric" };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
