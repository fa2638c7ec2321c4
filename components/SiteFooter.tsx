import { siteConfig } from "@/lib/config";
import { menuItems } from "@/lib/content/queries";
import { ui } from "@/lib/i18n";

export function SiteFooter() {
  const links = menuItems("footer");
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
