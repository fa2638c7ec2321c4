interface Props {
  label: string;
}

/**
 * Light/dark switch (components/browser/site.ts); the choice is saved and applied before paint on
 * the next page. The icon follows the `dark` class on <html> by CSS alone.
 */
export function ThemeToggle({ label }: Props) {
  return (
    <button
      type="button"
      data-theme-button=""
      aria-label={label}
      title={label}
      className="rounded border border-white/40 px-2.5 py-1.5 text-sm leading-none text-white"
    >
      <span aria-hidden="true" className="dark:hidden">
        ☾
      </span>
      <span aria-hidden="true" className="hidden dark:inline">
        ☀
      </span>
    </button>
  );
}
