import { siteConfig, type MenuItem } from "@/lib/config";
import { ui } from "@/lib/i18n";

interface Props {
  /** The footer menu: articles that ask for it (`menu: footer`); none, no menu. */
  links: MenuItem[];
}

export function SiteFooter({ links }: Props) {
  return (
    <footer className="mt-10 border-t-4 border-accent bg-bar py-6 text-center text-sm text-white/80">
      {links.length > 0 && (
        <nav aria-label={ui.footerMenu} className="mb-3">
          <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1">
            {links.map((l) => (
              <li key={l.url}>
                <a href={l.url} className="text-white/90 hover:text-white">
                  {l.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>{ui.footer(siteConfig.title, new Date().getFullYear())}</p>
    </footer>
  );
}
