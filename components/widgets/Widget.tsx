import type { ReactNode } from "react";

/** The frame every sidebar widget shares: a titled box. */
export function Widget({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded bg-paper p-4 shadow-sm">
      <h2 className="mb-3 border-b-2 border-accent pb-1 text-base font-bold">{title}</h2>
      {children}
    </section>
  );
}
