import { excerptParts } from "./pagefind";

export function Excerpt({ html }: { html: string }) {
  return (
    <>
      {excerptParts(html).map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded-sm bg-accent/15 px-0.5 text-ink">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
