import { siteConfig, type MenuItem } from "@/lib/config";
import { ui } from "@/lib/i18n";
import { homeUrl, taxonomyUrl, termUrl } from "@/lib/urls";
import { MenuToggle } from "./MenuToggle";
import { ReaderPrefs } from "./ReaderPrefs";
import { ThemeToggle } from "./ThemeToggle";

interface Props {
  /** The main menu: the configured entries, then articles that ask for it (`menu: main`). */
  menu: MenuItem[];
}

export function SiteHeader({ menu }: Props) {
  return (
    <header className="bg-bar text-white">
      <div className="mx-auto flex max-w-[1080px] flex-wrap items-center justify-between gap-3 px-4 py-4">
        <a href={homeUrl()} className="text-xl font-bold tracking-wide text-white no-underline sm:text-2xl">
          <span className="mr-2 inline-block h-5 w-1.5 translate-y-0.5 bg-accent align-baseline" aria-hidden="true" />
          {siteConfig.title}
        </a>
        {/* In the order they are seen, so Tab follows it: the menu (its button on a phone), then the
            theme toggle; on a phone the unfolded menu takes a row of its own below. */}
        <MenuToggle label={ui.menu} navLabel={ui.mainMenu}>
          <ul className="menu-links flex flex-col gap-1 pt-2 md:flex-row md:gap-6 md:pt-0">
            {menu.map((item) => (
              <li key={item.url}>
                <a href={item.url}>{item.name}</a>
              </li>
            ))}
          </ul>
        </MenuToggle>
        <ThemeToggle label={ui.darkMode} />
        <div className="order-last w-full">
          <ReaderPrefs
            labels={{
              script: ui.scriptChoice,
              original: ui.scriptOriginal,
              simplified: ui.scriptSimplified,
              traditional: ui.scriptTraditional,
              showOriginal: ui.showOriginal,
              showSimplified: ui.showSimplified,
              showTraditional: ui.showTraditional,
              reading: ui.readingLanguage,
              all: ui.readingAll,
              chinese: ui.readingChinese,
              english: ui.readingEnglish,
            }}
          />
        </div>
      </div>
      {/* Shown (CSS) only where a list is filtered by the reader's language: the way to every article. */}
      <p className="reading-note bg-paper px-4 py-2 text-center text-sm text-muted">
        {ui.readingNote}{" "}
        <a href={termUrl("languages", "en")} data-reading-link="en" className="text-accent-ink">
          {ui.readingAllEnglish} →
        </a>
        <a href={taxonomyUrl("languages")} data-reading-link="zh" className="text-accent-ink">
          {ui.readingAllLanguages} →
        </a>
      </p>
    </header>
  );
}
