/**
 * Days to browse: the published articles bucketed by the day they were published in the site's
 * time zone (an article at 23:30 UTC is the next day in Asia/Shanghai), once per index, so the
 * archive pages only look up and slice. Undated articles (and dates no URL can name) are in no day.
 */
import { dayKey } from "../dates";
import type { Article } from "./article";

export interface Day {
  /** `2026-08-22` */
  key: string;
  /** Newest first. */
  articles: Article[];
}

export interface Month {
  /** `2026-08` */
  key: string;
  /** Newest first. */
  days: Day[];
  count: number;
}

export interface Year {
  /** `2026` */
  key: string;
  /** Newest first. */
  months: Month[];
  count: number;
}

export interface Archive {
  /** Every day that has articles, newest first. */
  days: Day[];
  /** Day key → its position in `days` (for the previous and next day). */
  dayIndex: Map<string, number>;
  months: Map<string, Month>;
  /** Newest first. */
  years: Year[];
  yearByKey: Map<string, Year>;
  /** Articles with no date (or one no URL can name): in no day. */
  undated: number;
}

const newestFirst = (a: Article, b: Article) => b.date!.getTime() - a.date!.getTime();

/** Linear in the articles, plus a sort of the distinct days (and of each day's own few articles). */
export function buildArchive(articles: readonly Article[], timeZone: string): Archive {
  const byDay = new Map<string, Article[]>();
  let undated = 0;
  for (const article of articles) {
    const key = article.date ? dayKey(article.date, timeZone) : null;
    if (!key) {
      undated++;
      continue;
    }
    const list = byDay.get(key);
    if (list) list.push(article);
    else byDay.set(key, [article]);
  }
  const keys = [...byDay.keys()].sort().reverse();
  // The index's order pins weighted articles first; a day lists its articles by time alone.
  const days: Day[] = keys.map((key) => ({ key, articles: byDay.get(key)!.sort(newestFirst) }));
  const dayIndex = new Map(days.map((d, i) => [d.key, i]));
  const months = new Map<string, Month>();
  const years: Year[] = [];
  const yearByKey = new Map<string, Year>();
  for (const day of days) {
    const monthKey = day.key.slice(0, 7);
    let month = months.get(monthKey);
    if (!month) {
      month = { key: monthKey, days: [], count: 0 };
      months.set(monthKey, month);
      const yearKey = day.key.slice(0, 4);
      let year = yearByKey.get(yearKey);
      if (!year) {
        year = { key: yearKey, months: [], count: 0 };
        yearByKey.set(yearKey, year);
        years.push(year);
      }
      year.months.push(month);
    }
    month.days.push(day);
    month.count += day.articles.length;
    yearByKey.get(day.key.slice(0, 4))!.count += day.articles.length;
  }
  return { days, dayIndex, months, years, yearByKey, undated };
}
