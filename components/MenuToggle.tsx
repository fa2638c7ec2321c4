import type { ReactNode } from "react";

interface Props {
  label: string;
  navLabel: string;
  children: ReactNode;
}

/**
 * The main menu; below 768 px it folds behind a button (only when scripts run, else it stays open).
 * The button works through components/browser/site.ts; Escape closes the open menu and, if focus
 * was in it, returns focus to the button.
 */
export function MenuToggle({ label, navLabel, children }: Props) {
  return (
    <>
      <button
        type="button"
        data-menu-button=""
        className="ml-auto rounded border border-white/40 px-3 py-1.5 text-sm text-white md:hidden"
        aria-expanded="false"
        aria-controls="main-menu"
      >
        <span aria-hidden="true">☰ </span>
        {label}
      </button>
      <nav id="main-menu" aria-label={navLabel} className="menu order-last w-full md:order-none md:ml-auto md:w-auto">
        {children}
      </nav>
    </>
  );
}
