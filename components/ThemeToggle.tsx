"use client";

import { useSyncExternalStore } from "react";
import { THEME_KEY } from "./HeadScript";

// The theme lives on <html class="dark">, set before paint by the head script; this follows it.
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}
const isDark = () => document.documentElement.classList.contains("dark");

interface Props {
  label: string;
}

/** Light/dark switch; the choice is saved and applied before paint on the next page. */
export function ThemeToggle({ label }: Props) {
  const dark = useSyncExternalStore(subscribe, isDark, () => null);
  const toggle = () => {
    const next = !isDark();
    document.documentElement.classList.toggle("dark", next);
    try {
      localStorage.setItem(THEME_KEY, next ? "dark" : "light");
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark ?? undefined}
      aria-label={label}
      title={label}
      className="rounded border border-white/40 px-2.5 py-1.5 text-sm leading-none text-white"
    >
      <span aria-hidden="true">{dark ? "☀" : "☾"}</span>
    </button>
  );
}
