import type { Term } from "@/lib/content";
import { ui } from "@/lib/i18n";
import { taxonomyUrl } from "@/lib/urls";
import { TermCounts } from "./TermCounts";
import { Widget } from "./Widget";

interface Props {
  languages: Term[];
}

/** The site's languages with their article counts; nothing when the site has only one. */
export function LanguagesWidget({ languages }: Props) {
  if (languages.length < 2) return null;
  return (
    <Widget title={ui.languages} href={taxonomyUrl("languages")}>
      <TermCounts terms={languages} />
    </Widget>
  );
}
