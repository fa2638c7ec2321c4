"use client";

import { useState, type ReactNode } from "react";

/** The main menu; below 768 px it folds behind a button (only when scripts run, else it stays open). */
export function MenuToggle({ label, navLabel, children }: { label: string; navLabel: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="rounded border border-white/40 px-3 py-1.5 text-sm text-white md:hidden"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰ </span>
        {label}
      </button>
      <nav id="main-menu" aria-label={navLabel} data-open={open ? "" : undefined} className="menu w-full md:ml-auto md:w-auto">
        {children}
      </nav>
    </>
  );
}
