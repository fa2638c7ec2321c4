import { ArchiveIndex } from "@/components/templates/Archive";
import { getIndex } from "@/lib/content";
import { archiveYears } from "@/lib/content/queries";
import { ui } from "@/lib/i18n";
import { pageMetadata } from "@/lib/seo";
import { archivesUrl } from "@/lib/urls";

export const metadata = pageMetadata({ title: ui.archives, path: archivesUrl() });

export default function ArchivesPage() {
  return <ArchiveIndex years={archiveYears()} undated={getIndex().archive.undated} />;
}
