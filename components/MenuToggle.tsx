"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

interface Props {
  label: string;
  navLabel: string;
  children: ReactNode;
}

/**
 * The main menu; below 768 px it folds behind a button (only when scripts run, else it stays open).
 * Escape closes the open menu and, if focus was in it, returns focus to the button.
 */
export function MenuToggle({ label, navLabel, children }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      if (nav.current?.contains(document.activeElement)) button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="ml-auto rounded border border-white/40 px-3 py-1.5 text-sm text-white md:hidden"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰ </span>
        {label}
      </button>
      <nav
        ref={nav}
        id="main-menu"
        aria-label={navLabel}
        data-open={open ? "" : undefined}
        className="menu order-last w-full md:order-none md:ml-auto md:w-auto"
      >
        {children}
      </nav>
    </>
  );
}
