/** Widget name → component. A new widget is one file plus one line here (and its name in lib/widgets). */
import type { ComponentType } from "react";
import type { WidgetName } from "@/lib/widgets";
import { CategoriesWidget } from "./CategoriesWidget";
import { LanguagesWidget } from "./LanguagesWidget";
import { RecentWidget } from "./RecentWidget";
import { SearchWidget } from "./SearchWidget";
import { TagListWidget } from "./TagListWidget";

export const widgetRegistry: Record<WidgetName, ComponentType> = {
  search: SearchWidget,
  recent: RecentWidget,
  categories: CategoriesWidget,
  taglist: TagListWidget,
  languages: LanguagesWidget,
};
