/**
 * Everything the site does in the browser after the head script, as one small module with no
 * framework: the phone menu, the theme switch, the reader's script and language, the sidebar search
 * and the search page. The server renders every control (components/MenuToggle.tsx, ThemeToggle,
 * ReaderPrefs, search/SearchBox, search/SearchResults) in its first state; this wires them up.
 * Bundled by esbuild into public/js/site.js (`npm run browser`); the converters and the search index
 * load only when used (separate chunks).
 *
 * One implementation for both hosts. On the Node host the App Router's React runtime hydrates the
 * page; this waits for that (BootFallback marks the document `data-hydrated`), so React never finds
 * a DOM that differs from its own. The static export ships no React (scripts/prune-export.mjs): there
 * it starts at once.
 */
import type { Script } from "@/lib/script/convert";
import { READING_KEY, SCRIPT_KEY, THEME_KEY } from "./keys";
import { searchBox, searchPage } from "./search";

function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function save(key: string, value: string | null) {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

const pressed = (button: Element, on: boolean) => button.setAttribute("aria-pressed", String(on));

/** Below 768 px the main menu folds behind its button; Escape closes it (focus back on the button). */
function menu() {
  const button = document.querySelector<HTMLButtonElement>("[data-menu-button]");
  const nav = document.getElementById("main-menu");
  if (!button || !nav) return;
  const isOpen = () => button.getAttribute("aria-expanded") === "true";
  const set = (open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    nav.toggleAttribute("data-open", open);
  };
  button.addEventListener("click", () => set(!isOpen()));
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || !isOpen()) return;
    const inside = nav.contains(document.activeElement);
    set(false);
    if (inside) button.focus();
  });
}

/** Light/dark: the class on <html> (set before paint by the head script), saved for the next page. */
function theme() {
  const button = document.querySelector("[data-theme-button]");
  if (!button) return;
  const html = document.documentElement;
  const isDark = () => html.classList.contains("dark");
  const sync = () => pressed(button, isDark());
  sync();
  new MutationObserver(sync).observe(html, { attributes: true, attributeFilter: ["class"] });
  button.addEventListener("click", () => {
    const next = !isDark();
    html.classList.toggle("dark", next);
    save(THEME_KEY, next ? "dark" : "light");
  });
}

/** The reader's Traditional: Taiwan's forms for a browser that asks for them, else Hong Kong's. */
function traditional(): Script {
  return navigator.languages.some((l) => /^zh-(hant-)?tw$/i.test(l)) ? "zh-TW" : "zh-HK";
}

async function show(script: Script | null) {
  const { showScript } = await import("./script");
  await showScript(script);
}

/**
 * The script Chinese text is shown in (buttons `data-script-choice`: "" as written, "zh-CN", "zh-Hant")
 * and the language lists show (buttons `data-reading-choice`: "", "zh", "en"; CSS on <html data-reading>).
 * Saved choices apply on load; a saved script keeps the page hidden (`script-pending`) until done.
 */
function prefs() {
  const html = document.documentElement;
  const done = () => html.classList.remove("script-pending");
  const scripts = [...document.querySelectorAll<HTMLElement>("[data-prefs] [data-script-choice]")];
  const readings = [...document.querySelectorAll<HTMLElement>("[data-prefs] [data-reading-choice]")];
  const button = (s: Script | null) => (s === "zh-HK" || s === "zh-TW" ? "zh-Hant" : (s ?? ""));
  const pressScript = (s: Script | null) => scripts.forEach((b) => pressed(b, b.dataset.scriptChoice === button(s)));
  const pressReading = (r: string | null) => readings.forEach((b) => pressed(b, b.dataset.readingChoice === (r ?? "")));

  const saved = load(SCRIPT_KEY);
  const chosen = saved === "zh-CN" || saved === "zh-HK" || saved === "zh-TW" ? saved : null;
  const reading = load(READING_KEY);
  pressScript(chosen);
  pressReading(reading === "zh" || reading === "en" ? reading : null);
  if (chosen)
    show(chosen)
      .catch(() => {})
      .finally(done);
  else done();

  for (const b of scripts)
    b.addEventListener("click", () => {
      const v = b.dataset.scriptChoice;
      const next: Script | null = v === "zh-CN" ? "zh-CN" : v ? traditional() : null;
      pressScript(next);
      save(SCRIPT_KEY, next);
      void show(next);
    });
  for (const b of readings)
    b.addEventListener("click", () => {
      const next = b.dataset.readingChoice || null;
      pressReading(next);
      save(READING_KEY, next);
      if (next) html.setAttribute("data-reading", next);
      else html.removeAttribute("data-reading");
    });
}

function start() {
  for (const part of [menu, theme, prefs, searchBox, searchPage]) {
    try {
      part();
    } catch (e) {
      console.error(e);
    }
  }
}

declare global {
  interface Window {
    __next_f?: unknown;
    __siteScript?: boolean;
  }
}

if (!window.__siteScript) {
  window.__siteScript = true;
  const html = document.documentElement;
  if (!window.__next_f || html.hasAttribute("data-hydrated")) start();
  else document.addEventListener("hydrated", start, { once: true });
}
