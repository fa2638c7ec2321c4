import { PageShell } from "@/components/PageShell";
import { siteConfig } from "@/lib/config";
import { t } from "@/lib/i18n";
import { homeUrl } from "@/lib/urls";

export default function NotFound() {
  const m = t(siteConfig.language);
  return (
    <PageShell>
      <div className="rounded bg-paper p-6 shadow-sm">
        <h1 className="text-2xl font-bold">{m.notFoundTitle}</h1>
        <p className="mt-3 text-muted">{m.notFoundText}</p>
        <p className="mt-4">
          <a href={homeUrl()} className="text-accent">
            {m.backHome}
          </a>
        </p>
      </div>
    </PageShell>
  );
}
