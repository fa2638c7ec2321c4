/**
 * Widget name → the widget, with its data. A new widget is one file plus one line here (and its name
 * in lib/widgets). The only place in components/ that reads the content index: the sidebar shows the
 * same site-wide lists on every page, so no route passes them; the widgets only draw what they get.
 */
import type { ComponentType } from "react";
import { getTerms, recentArticles } from "@/lib/content/queries";
import type { WidgetName } from "@/lib/widgets";
import { CategoriesWidget } from "./CategoriesWidget";
import { LanguagesWidget } from "./LanguagesWidget";
import { RecentWidget } from "./RecentWidget";
import { SearchWidget } from "./SearchWidget";
import { TagListWidget } from "./TagListWidget";

export const widgetRegistry: Record<WidgetName, ComponentType> = {
  search: SearchWidget,
  recent: () => <RecentWidget articles={recentArticles()} />,
  categories: () => <CategoriesWidget categories={getTerms("categories")} />,
  taglist: () => <TagListWidget tags={getTerms("tags")} />,
  languages: () => <LanguagesWidget languages={getTerms("languages")} />,
};
