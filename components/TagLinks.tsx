import type { TermRef } from "@/lib/content/article";
import { ui } from "@/lib/i18n";
import { termUrl } from "@/lib/urls";

interface Props {
  tags: TermRef[];
}

export function TagLinks({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <div className="mt-6 flex flex-wrap items-center gap-2 text-sm">
      <span className="font-bold">{ui.tags}:</span>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a
              href={termUrl("tags", tag.slug)}
              rel="tag"
              className={
                "inline-block rounded border border-line bg-wash px-2 py-0.5 text-ink no-underline " +
                "hover:border-accent hover:text-accent-ink"
              }
            >
              {tag.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
