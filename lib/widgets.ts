/** Sidebar widget names the site knows; components/widgets maps each to its component. */
export const WIDGET_NAMES = ["search", "recent", "categories", "taglist", "languages"] as const;
export type WidgetName = (typeof WIDGET_NAMES)[number];

export function isWidgetName(name: string): name is WidgetName {
  return (WIDGET_NAMES as readonly string[]).includes(name);
}
