import type { TocEntry } from "@/lib/markdown";

interface Props {
  entries: TocEntry[];
  title: string;
}

export function Toc({ entries, title }: Props) {
  return (
    <nav aria-labelledby="toc-title" className="my-5 rounded border border-line bg-wash p-4 text-sm">
      <h2 id="toc-title" className="mb-2 font-bold">
        {title}
      </h2>
      <ol className="space-y-1">
        {entries.map((e) => (
          <li key={e.id} className={e.depth === 3 ? "pl-4" : ""}>
            <a href={`#${encodeURIComponent(e.id)}`} className="text-ink hover:text-accent-ink">
              {e.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
