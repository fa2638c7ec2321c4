import { ui } from "@/lib/i18n";

export interface CountLink {
  label: string;
  url: string;
  count: number;
}

/** Months of a year, days of a month: links with their article counts (styled as the term chips). */
export function CountLinks({ items }: { items: CountLink[] }) {
  return (
    <ul className="term-chips">
      {items.map((item) => (
        <li key={item.url}>
          <a href={item.url}>
            {item.label}
            <span aria-hidden="true">{item.count}</span>
            <span className="sr-only">（{ui.articleCount(item.count)}）</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** 归档 › 2026年 › 8月: where an archive page sits; the last crumb is the page itself. */
export function Breadcrumb({ trail }: { trail: { label: string; url: string }[] }) {
  return (
    <nav aria-label={ui.breadcrumb} className="mb-2 text-sm text-muted">
      <ol className="flex flex-wrap gap-x-1">
        {trail.map((crumb, i) => (
          <li key={crumb.url}>
            {i > 0 && <span aria-hidden="true">› </span>}
            {i === trail.length - 1 ? (
              <a href={crumb.url} aria-current="page" className="text-muted no-underline">
                {crumb.label}
              </a>
            ) : (
              <a href={crumb.url} className="text-ink underline hover:text-accent-ink">
                {crumb.label}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

interface Adjacent {
  label: string;
  url: string;
}

/** The nearest older and newer day (or month) that have articles. */
export function AdjacentNav({
  name,
  older,
  newer,
  olderText,
  newerText,
}: {
  name: string;
  older: Adjacent | null;
  newer: Adjacent | null;
  olderText: string;
  newerText: string;
}) {
  if (!older && !newer) return null;
  const box = "block rounded border border-line bg-paper p-3 no-underline hover:border-accent";
  return (
    <nav aria-label={name} className="mt-6 grid gap-3 sm:grid-cols-2">
      {older ? (
        <a href={older.url} rel="prev" className={box}>
          <span className="block text-xs text-muted">« {olderText}</span>
          <span className="mt-1 block font-bold text-ink">{older.label}</span>
        </a>
      ) : (
        <span />
      )}
      {newer && (
        <a href={newer.url} rel="next" className={`${box} sm:text-right`}>
          <span className="block text-xs text-muted">{newerText} »</span>
          <span className="mt-1 block font-bold text-ink">{newer.label}</span>
        </a>
      )}
    </nav>
  );
}
