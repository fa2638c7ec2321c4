import type { ReactNode } from "react";
import { siteConfig, type SidebarSide } from "@/lib/config";
import { Sidebar } from "../Sidebar";

interface Props {
  children: ReactNode;
  sidebar?: SidebarSide;
  widgets?: string[];
}

/** Content column plus sidebar (about 2/3 + 1/3, max 1080 px); below 768 px the sidebar goes under it. */
export function PageShell({ children, sidebar = siteConfig.sidebar, widgets = siteConfig.widgets }: Props) {
  const hasSidebar = sidebar !== "none" && widgets.length > 0;
  return (
    <div
      className={`mx-auto grid max-w-[1080px] gap-6 px-3 py-6 sm:px-4 ${
        hasSidebar
          ? sidebar === "left"
            ? "md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]"
            : "md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]"
          : ""
      }`}
    >
      <main id="main" tabIndex={-1} className={`min-w-0 focus:outline-none ${sidebar === "left" ? "md:order-2" : ""}`}>
        {children}
      </main>
      {hasSidebar && <Sidebar widgets={widgets} />}
    </div>
  );
}
