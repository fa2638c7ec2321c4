import type { Term } from "@/lib/content";
import { siteConfig } from "@/lib/config";
import { t } from "@/lib/i18n";
import { termUrl } from "@/lib/urls";

/** Terms as links with their article counts: the categories and tag-list widgets and the term index pages. */
export function TermCounts({ terms, inline = false }: { terms: Term[]; inline?: boolean }) {
  const m = t(siteConfig.language);
  return (
    <ul className={inline ? "flex flex-wrap gap-2 text-sm" : "space-y-1.5 text-sm"}>
      {terms.map((term) => (
        <li key={term.slug}>
          <a
            href={termUrl(term.taxonomy, term.slug)}
            className={
              inline
                ? "inline-block rounded border border-line bg-paper px-2 py-0.5 text-ink no-underline hover:border-accent hover:text-accent"
                : "flex justify-between gap-2 text-ink no-underline hover:text-accent hover:underline"
            }
          >
            <span>{term.name}</span>
            <span className="text-muted" aria-hidden="true">
              {inline ? ` ${term.count}` : term.count}
            </span>
            <span className="sr-only">（{m.articleCount(term.count)}）</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
