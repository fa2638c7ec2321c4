import { ui } from "@/lib/i18n";
import { pageWindow } from "@/lib/pagination";

interface Props {
  page: number;
  totalPages: number;
  href: (n: number) => string;
}

/** Numbered pages with accessible names; the current one is marked with aria-current. */
export function Pagination({ page, totalPages, href }: Props) {
  if (totalPages <= 1) return null;
  const cell = "inline-flex min-w-10 items-center justify-center rounded px-3 py-2 no-underline";
  const link = `${cell} bg-paper text-ink hover:text-accent-ink`;
  const current = `${cell} bg-accent font-bold text-white`;
  return (
    <nav aria-label={ui.pagination} className="mt-6">
      <ul className="flex flex-wrap items-center justify-center gap-1.5">
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev" className={link}>
              ‹ {ui.previousPage}
            </a>
          </li>
        )}
        {pageWindow(page, totalPages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              <a
                href={href(n)}
                aria-label={ui.page(n)}
                aria-current={n === page ? "page" : undefined}
                className={n === page ? current : link}
              >
                {n}
              </a>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <a href={href(page + 1)} rel="next" className={link}>
              {ui.nextPage} ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
