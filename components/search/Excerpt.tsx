import { originalExcerptParts, type PagefindResult } from "./pagefind";

interface Props {
  result: PagefindResult;
}

/** A result's excerpt in the article's own script, the match marked; text only, never HTML. */
export function Excerpt({ result }: Props) {
  return (
    <>
      {originalExcerptParts(result.excerpt, result.content, result.meta.original).map((p, i) =>
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
