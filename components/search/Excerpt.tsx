import { excerptParts } from "./pagefind";

interface Props {
  html: string;
}

export function Excerpt({ html }: Props) {
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
