import { siteConfig } from "@/lib/config";
import { t } from "@/lib/i18n";

export function SiteFooter() {
  return (
    <footer className="mt-10 border-t-4 border-accent bg-bar py-6 text-center text-sm text-white/80">
      <p>{t(siteConfig.language).footer(siteConfig.title, new Date().getFullYear())}</p>
    </footer>
  );
}
