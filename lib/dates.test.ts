import { describe, expect, it } from "vitest";
import { dayKey, formatDate, formatDayKey, formatDayPart, isoDay, isoWithZone, parseDate } from "./dates";

const SH = "Asia/Shanghai";
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("parseDate", () => {
  it("reads a date without a zone as wall-clock time in the site's zone", () => {
    expect(iso(parseDate("2025-02-07 17:31:11", SH))).toBe("2025-02-07T09:31:11.000Z");
    expect(iso(parseDate("2025-02-07T17:31:11", SH))).toBe("2025-02-07T09:31:11.000Z");
    expect(iso(parseDate("2025-02-07 17:31", SH))).toBe("2025-02-07T09:31:00.000Z");
  });

  it("reads a date-only value as midnight in the site's zone", () => {
    expect(iso(parseDate("2026-11-16", SH))).toBe("2026-11-15T16:00:00.000Z");
    expect(iso(parseDate("2026-11-16", "UTC"))).toBe("2026-11-16T00:00:00.000Z");
  });

  it("lets an explicit zone win over the site's", () => {
    expect(iso(parseDate("2026-11-22T20:30:00+08:00", "UTC"))).toBe("2026-11-22T12:30:00.000Z");
    expect(iso(parseDate("2026-11-22T20:30:00Z", SH))).toBe("2026-11-22T20:30:00.000Z");
    expect(iso(parseDate("2026-11-22 20:30:00 -0500", SH))).toBe("2026-11-23T01:30:00.000Z");
  });

  it("reads RFC 2822", () => {
    expect(iso(parseDate("Fri, 21 Aug 2026 11:00:00 +0800", "UTC"))).toBe("2026-08-21T03:00:00.000Z");
    expect(iso(parseDate("21 Aug 2026 11:00 GMT", SH))).toBe("2026-08-21T11:00:00.000Z");
  });

  it("handles daylight-saving zones on both sides of the change", () => {
    expect(iso(parseDate("2026-01-15 12:00", "America/New_York"))).toBe("2026-01-15T17:00:00.000Z");
    expect(iso(parseDate("2026-07-15 12:00", "America/New_York"))).toBe("2026-07-15T16:00:00.000Z");
  });

  it("rejects what is not a date", () => {
    for (const bad of [
      "",
      "  ",
      "yesterday",
      "2025-13-01",
      "2025-02-30",
      "2025-02-07 25:00",
      "07/02/2025",
      null,
      undefined,
      {},
      [],
    ]) {
      expect(parseDate(bad, SH)).toBeNull();
    }
  });

  it("accepts Date objects and timestamps", () => {
    const d = new Date("2025-01-01T00:00:00Z");
    expect(parseDate(d, SH)).toBe(d);
    expect(iso(parseDate(d.getTime(), SH))).toBe("2025-01-01T00:00:00.000Z");
    expect(parseDate(new Date("nope"), SH)).toBeNull();
  });
});

describe("showing dates", () => {
  const d = new Date("2025-02-06T17:31:11Z"); // 2025-02-07 01:31 in Shanghai
  it("uses the site's zone for the day", () => {
    expect(isoDay(d, SH)).toBe("2025-02-07");
    expect(isoDay(d, "UTC")).toBe("2025-02-06");
    expect(formatDate(d, "zh-CN", SH)).toBe("2025年2月7日");
    expect(formatDate(d, "en", SH)).toBe("February 7, 2025");
  });
  it("writes ISO 8601 with the zone's offset", () => {
    expect(isoWithZone(d, SH)).toBe("2025-02-07T01:31:11+08:00");
    expect(isoWithZone(d, "UTC")).toBe("2025-02-06T17:31:11+00:00");
    expect(isoWithZone(new Date("2026-01-15T17:00:00Z"), "America/New_York")).toBe("2026-01-15T12:00:00-05:00");
  });
});

describe("dayKey", () => {
  it("names the day in the site's zone: 23:30 UTC is the next day in Shanghai", () => {
    expect(dayKey(new Date("2026-08-21T23:30:00Z"), SH)).toBe("2026-08-22");
    expect(dayKey(new Date("2026-08-21T23:30:00Z"), "UTC")).toBe("2026-08-21");
    expect(dayKey(new Date("2026-08-21T15:59:59Z"), SH)).toBe("2026-08-21");
    expect(dayKey(new Date("2026-08-21T16:00:00Z"), SH)).toBe("2026-08-22");
    expect(dayKey(new Date("2026-11-01T03:30:00Z"), "America/New_York")).toBe("2026-10-31");
  });

  it("names no day for dates no archive URL can name", () => {
    expect(dayKey(new Date(Date.UTC(99999, 0, 1)), SH)).toBeNull();
    expect(dayKey(new Date(NaN), SH)).toBeNull();
  });

  it("shows day, month and year keys in the UI language", () => {
    expect(formatDayKey("2026-08-22", "zh-CN")).toBe("2026年8月22日");
    expect(formatDayKey("2026-08", "zh-CN")).toBe("2026年8月");
    expect(formatDayKey("2026", "zh-CN")).toBe("2026年");
    expect(formatDayKey("2026-08-22", "en")).toBe("August 22, 2026");
    expect(formatDayPart("2026-08", "zh-CN")).toBe("8月");
    expect(formatDayPart("2026-08-22", "zh-CN")).toBe("22日");
  });
});
