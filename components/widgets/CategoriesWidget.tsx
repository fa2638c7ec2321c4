import type { Term } from "@/lib/content";
import { ui } from "@/lib/i18n";
import { taxonomyUrl } from "@/lib/urls";
import { TermCounts } from "./TermCounts";
import { Widget } from "./Widget";

interface Props {
  categories: Term[];
}

export function CategoriesWidget({ categories }: Props) {
  return (
    <Widget title={ui.categories} href={taxonomyUrl("categories")}>
      <TermCounts terms={categories} />
    </Widget>
  );
}
