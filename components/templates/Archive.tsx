import type { Day, Month, Year } from "@/lib/content/archive";
import type { Card } from "@/lib/content/stories";
import { siteConfig } from "@/lib/config";
import { formatDayKey, formatDayPart } from "@/lib/dates";
import { ui } from "@/lib/i18n";
import { archivesUrl, archiveUrl } from "@/lib/urls";
import { ArticleList } from "../ArticleList";
import { AdjacentNav, Breadcrumb, CountLinks } from "../ArchiveParts";
import { PageShell } from "./PageShell";

const locale = siteConfig.language;
const full = (key: string) => formatDayKey(key, locale);
const crumbs = (key: string) => [
  { label: ui.archives, url: archivesUrl() },
  ...[key.slice(0, 4), key.slice(0, 7), key]
    .slice(0, key.split("-").length)
    .map((k) => ({ label: k.length === 4 ? full(k) : formatDayPart(k, locale), url: archiveUrl(k) })),
];
const box = "rounded bg-paper p-4 shadow-sm sm:p-6";

/** `/archives/`: every year, each with its months and their counts. */
export function ArchiveIndex({ years, undated }: { years: Year[]; undated: number }) {
  return (
    <PageShell>
      <div className={box}>
        <h1 className="mb-4 text-2xl font-bold">{ui.archives}</h1>
        {years.length === 0 && <p>{ui.noArticles}</p>}
        {years.map((year) => (
          <section key={year.key} className="mb-5">
            <h2 className="mb-2 text-lg font-bold">
              <a href={archiveUrl(year.key)} className="text-ink no-underline hover:text-accent-ink">
                {full(year.key)}
              </a>
              <span className="ml-2 text-sm font-normal text-muted">{ui.articleCount(year.count)}</span>
            </h2>
            <CountLinks
              items={year.months.map((m) => ({
                label: formatDayPart(m.key, locale),
                url: archiveUrl(m.key),
                count: m.count,
              }))}
            />
          </section>
        ))}
        {undated > 0 && <p className="text-sm text-muted">{ui.undatedCount(undated)}</p>}
      </div>
    </PageShell>
  );
}

/** `/2026/`: its months with their counts. */
export function YearArchive({ year }: { year: Year }) {
  return (
    <PageShell>
      <div className={box}>
        <Breadcrumb trail={crumbs(year.key)} />
        <h1 className="mb-4 text-2xl font-bold">
          {full(year.key)}
          <span className="ml-2 text-base font-normal text-muted">{ui.articleCount(year.count)}</span>
        </h1>
        <CountLinks items={year.months.map((m) => ({ label: full(m.key), url: archiveUrl(m.key), count: m.count }))} />
      </div>
    </PageShell>
  );
}

/** `/2026/08/`: its days with their counts, and the nearest months that have articles. */
export function MonthArchive({ month, older, newer }: { month: Month; older: Month | null; newer: Month | null }) {
  const link = (m: Month | null) => m && { label: full(m.key), url: archiveUrl(m.key) };
  return (
    <PageShell>
      <div className={box}>
        <Breadcrumb trail={crumbs(month.key)} />
        <h1 className="mb-4 text-2xl font-bold">
          {full(month.key)}
          <span className="ml-2 text-base font-normal text-muted">{ui.articleCount(month.count)}</span>
        </h1>
        <CountLinks
          items={month.days.map((d) => ({
            label: formatDayPart(d.key, locale),
            url: archiveUrl(d.key),
            count: d.articles.length,
          }))}
        />
      </div>
      <AdjacentNav
        name={ui.monthPager}
        older={link(older)}
        newer={link(newer)}
        olderText={ui.previousMonth}
        newerText={ui.nextMonth}
      />
    </PageShell>
  );
}

interface DayProps {
  day: Day;
  cards: Card[];
  page: number;
  totalPages: number;
  older: Day | null;
  newer: Day | null;
}

/** `/2026/08/22/`: the day's articles, newest first, paginated, and the nearest days that have articles. */
export function DayArticles({ day, cards, page, totalPages, older, newer }: DayProps) {
  const link = (d: Day | null) => d && { label: full(d.key), url: archiveUrl(d.key) };
  return (
    <PageShell>
      <Breadcrumb trail={crumbs(day.key)} />
      <h1 className="mb-4 text-2xl font-bold">
        {full(day.key)}
        <span className="ml-2 text-base font-normal text-muted">
          {page > 1 ? ui.page(page) : ui.articleCount(day.articles.length)}
        </span>
      </h1>
      <ArticleList cards={cards} page={page} totalPages={totalPages} href={(n) => archiveUrl(day.key, n)} />
      <AdjacentNav
        name={ui.dayPager}
        older={link(older)}
        newer={link(newer)}
        olderText={ui.previousDay}
        newerText={ui.nextDay}
      />
    </PageShell>
  );
}
