/** Splitting a list into numbered pages; page 1 is the list's own URL. */

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of page `page` (1-based), or null when that page does not exist. */
export function paginate<T>(items: readonly T[], page: number, size: number): Page<T> | null {
  const totalPages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages };
}

/** Reads a `/page/N/` segment: only canonical integers ≥ 2 (page 1 lives at the list's own URL). */
export function parsePageParam(value: string): number | null {
  return /^[1-9]\d{0,6}$/.test(value) && value !== "1" ? Number(value) : null;
}

/** Page numbers to show: first, last, and a window around the current one; null marks a gap. */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= radius) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
