import { getTerms } from "@/lib/content/queries";
import { ui } from "@/lib/i18n";
import { taxonomyUrl } from "@/lib/urls";
import { TermCounts } from "./TermCounts";
import { Widget } from "./Widget";

export function CategoriesWidget() {
  return (
    <Widget title={ui.categories} href={taxonomyUrl("categories")}>
      <TermCounts terms={getTerms("categories")} />
    </Widget>
  );
}
