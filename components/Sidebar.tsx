import { ui } from "@/lib/i18n";
import { isWidgetName } from "@/lib/widgets";
import { widgetRegistry } from "./widgets";

interface Props {
  widgets: string[];
}

/** The widgets named by the page (else the site), in order; unknown names were reported at build. */
export function Sidebar({ widgets }: Props) {
  const known = widgets.filter(isWidgetName);
  return (
    <aside className="space-y-6" aria-label={ui.sidebar}>
      {known.map((name, i) => {
        const W = widgetRegistry[name];
        return <W key={`${name}-${i}`} />;
      })}
    </aside>
  );
}
