/**
 * The parts that every list repeats, written as HTML strings instead of JSX: a card (thumbnail,
 * title, marks, date and categories, summary, other sources) is ~25 elements, and a list page holds
 * twenty, each card in several lists (home, its tags, its category, its day). React renders a
 * string in one step; each JSX element costs the prerender its own work (lib/html.ts). A card is
 * built once per article and process. The markup is what the JSX gave, attribute for attribute.
 */
import type { Article } from "@/lib/content/article";
import { siteConfig } from "@/lib/config";
import { dayKey, formatDate, isoWithZone } from "@/lib/dates";
import { cachedHtml, escapeHtml } from "@/lib/html";
import { ui } from "@/lib/i18n";
import type { ReadingStats } from "@/lib/text";
import { archiveUrl, articleUrl, termUrl } from "@/lib/urls";

/** ` name="value"` escaped, or nothing for an absent value. */
function attr(name: string, value: string | number | undefined | null): string {
  return value === undefined || value === null ? "" : ` ${name}="${escapeHtml(String(value))}"`;
}

/**
 * The thumbnail in a fixed aspect-ratio box (no layout shift). On the article it loads eagerly with
 * high priority; on cards lazily. No Referer is sent: news CDNs refuse hot-linked images that carry
 * one. A failed image is hidden by the head script and the box shows a neutral placeholder.
 */
export function thumbnailHtml(src: string, alt: string, variant: "post" | "card"): string {
  const post = variant === "post";
  const box = post ? "aspect-[16/9] w-full rounded" : "aspect-[4/3] w-full rounded-sm";
  return (
    `<div class="thumb ${box}"><img${attr("src", src)}${attr("alt", alt)} loading="${post ? "eager" : "lazy"}"` +
    ` fetchpriority="${post ? "high" : "low"}" decoding="async" referrerpolicy="no-referrer"/></div>`
  );
}

function timeHtml(date: Date): string {
  return (
    `<time${attr("datetime", isoWithZone(date, siteConfig.timeZone))}>` +
    `${escapeHtml(formatDate(date, siteConfig.language, siteConfig.timeZone))}</time>`
  );
}

/**
 * Date (in the site's zone, linking the day's page), update, reading time and categories: under the
 * title on the article and on every card.
 */
export function articleMetaHtml(article: Article, stats?: ReadingStats): string {
  const parts: string[] = [];
  if (article.date) {
    const day = dayKey(article.date, siteConfig.timeZone);
    parts.push(
      day
        ? `<a${attr("href", archiveUrl(day))} class="text-muted no-underline hover:text-accent-ink hover:underline">${timeHtml(article.date)}</a>`
        : timeHtml(article.date),
    );
  } else {
    parts.push(`<span>${escapeHtml(ui.undated)}</span>`);
  }
  if (article.updated && article.date && article.updated > article.date) {
    parts.push(`<span>${escapeHtml(ui.updated)}${timeHtml(article.updated)}</span>`);
  }
  if (stats && stats.length > 0) parts.push(`<span>${escapeHtml(ui.readingTime(stats.minutes, stats.length))}</span>`);
  if (article.categories.length > 0) {
    const links = article.categories.map(
      (c) =>
        `<a${attr("href", termUrl("categories", c.slug))} class="text-accent-ink no-underline hover:underline">${escapeHtml(c.name)}</a>`,
    );
    parts.push(
      `<span class="flex flex-wrap gap-x-2"><span class="sr-only">${escapeHtml(ui.categories)}:</span>${links.join("")}</span>`,
    );
  }
  return `<div class="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">${parts.join("")}</div>`;
}

/** The name a reader knows a source by: its category (the feed's source), else its link's label. */
export function sourceName(article: Article): string {
  return article.categories[0]?.name ?? article.source?.label ?? article.title;
}

/** Under a card: "另有 2 个来源：Reuters、Bloomberg", each linking that source's article. */
function storySourcesHtml(others: Article[]): string {
  if (others.length === 0) return "";
  const links = others.map(
    (a, i) =>
      `<span>${i > 0 ? escapeHtml(ui.listSeparator) : ""}<a${attr("href", articleUrl(a.slug))}${attr("lang", a.lang)}` +
      `${attr("title", a.title)} class="text-accent-ink underline underline-offset-2">${escapeHtml(sourceName(a))}</a></span>`,
  );
  return `<p class="mt-2 text-sm text-muted" data-story-sources="true">${escapeHtml(ui.otherSources(others.length))}${links.join("")}</p>`;
}

/**
 * One article in any list: thumbnail (left, linked), title, lead, meta, summary, the story's other
 * sources. The "新"/"已读" marks are written hidden; components/VisitMarks shows them in the browser.
 */
export function articleCardHtml(article: Article, others: Article[] = []): string {
  return cachedHtml(article, others.map((a) => a.slug).join(" "), () => {
    const url = articleUrl(article.slug);
    const thumb = article.thumbnail?.list ? article.thumbnail : null;
    return (
      `<article${attr("lang", article.lang)}${attr("data-lang", article.lang)} class="flex gap-4 rounded bg-paper p-4 shadow-sm"` +
      `${attr("data-card", article.slug)}${attr("data-time", article.date?.getTime())}>` +
      (thumb
        ? `<a${attr("href", url)} tabindex="-1" aria-hidden="true" class="block w-24 shrink-0 sm:w-40">${thumbnailHtml(thumb.src, article.title, "card")}</a>`
        : "") +
      `<div class="min-w-0 flex-1"><h2 class="text-lg leading-snug font-bold sm:text-xl">` +
      `<a${attr("href", url)} class="text-ink no-underline hover:text-accent-ink">${escapeHtml(article.title)}</a></h2>` +
      (article.lead ? `<p class="mt-1 text-sm text-muted italic">${escapeHtml(article.lead)}</p>` : "") +
      `<div class="mt-1 flex flex-wrap items-center">` +
      `<span data-mark="new" hidden="" class="mark mark-new">${escapeHtml(ui.newMark)}</span>` +
      `<span data-mark="read" hidden="" class="mark mark-read">${escapeHtml(ui.readMark)}</span>` +
      `${articleMetaHtml(article)}</div>` +
      (article.summary
        ? `<p class="mt-2 line-clamp-3 text-[0.95rem] break-words text-ink/90">${escapeHtml(article.summary)}</p>`
        : "") +
      `${storySourcesHtml(others)}</div></article>`
    );
  });
}
