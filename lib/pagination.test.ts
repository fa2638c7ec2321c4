import { describe, expect, it } from "vitest";
import { pageCount, pageWindow, paginate, parsePageParam } from "./pagination";

const items = Array.from({ length: 23 }, (_, i) => i);

describe("paginate", () => {
  it("slices pages of the given size", () => {
    expect(paginate(items, 1, 10)).toEqual({ items: items.slice(0, 10), page: 1, totalPages: 3 });
    expect(paginate(items, 3, 10)?.items).toEqual([20, 21, 22]);
  });
  it("returns null for pages that do not exist", () => {
    expect(paginate(items, 4, 10)).toBeNull();
    expect(paginate(items, 0, 10)).toBeNull();
    expect(paginate(items, 1.5, 10)).toBeNull();
  });
  it("gives an empty list one (empty) page", () => {
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1 });
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(20, 10)).toBe(2);
  });
});

describe("page params", () => {
  it("accepts only canonical numbers from 2", () => {
    expect(parsePageParam("2")).toBe(2);
    for (const bad of ["1", "0", "02", "-1", "2.0", "abc", "", "99999999"]) expect(parsePageParam(bad)).toBeNull();
  });
  it("shows a window with gaps", () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });
});
