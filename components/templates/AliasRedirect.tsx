import { permanentRedirect } from "next/navigation";
import { isStaticExport } from "@/lib/config";
import { ui } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/urls";

interface Props {
  to: string;
  title: string;
}

/**
 * An old URL of an article (front matter `aliases`/`url`): a permanent redirect on the Node host; in
 * the static export, which cannot redirect, a page that sends the browser on at once.
 */
export function AliasRedirect({ to, title }: Props) {
  if (!isStaticExport()) permanentRedirect(to);
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <link rel="canonical" href={absoluteUrl(to)} />
      <meta name="robots" content="noindex" />
      <main id="main" className="mx-auto max-w-xl p-6">
        <p>
          {ui.movedTo} <a href={to}>{title}</a>
        </p>
      </main>
    </>
  );
}
