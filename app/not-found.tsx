import { PageShell } from "@/components/templates/PageShell";
import { SearchWidget } from "@/components/widgets/SearchWidget";
import { ui } from "@/lib/i18n";
import { homeUrl } from "@/lib/urls";

// Kept small on purpose: Next embeds this tree in every page's payload as the not-found boundary.
export default function NotFound() {
  return (
    <PageShell sidebar="none">
      <div className="mx-auto max-w-xl space-y-4">
        <div className="rounded bg-paper p-6 shadow-sm">
          <h1 className="text-2xl font-bold">{ui.notFoundTitle}</h1>
          <p className="mt-3 text-muted">{ui.notFoundText}</p>
          <p className="mt-4">
            <a href={homeUrl()} className="text-accent-ink">
              {ui.backHome}
            </a>
          </p>
        </div>
        <SearchWidget />
      </div>
    </PageShell>
  );
}
