import type { ReactNode } from "react";

interface Props {
  title: string;
  href?: string;
  children: ReactNode;
}

/** The frame every sidebar widget shares: a titled box; the title links to the widget's full page when it has one. */
export function Widget({ title, href, children }: Props) {
  return (
    <section className="rounded bg-paper p-4 shadow-sm">
      <h2 className="mb-3 border-b-2 border-accent pb-1 text-base font-bold">
        {href ? (
          <a href={href} className="text-inherit no-underline hover:underline">
            {title}
          </a>
        ) : (
          title
        )}
      </h2>
      {children}
    </section>
  );
}
