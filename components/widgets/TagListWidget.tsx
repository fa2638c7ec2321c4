import { siteConfig } from "@/lib/config";
import type { Term } from "@/lib/content";
import { ui } from "@/lib/i18n";
import { taxonomyUrl } from "@/lib/urls";
import { TermCounts } from "./TermCounts";
import { Widget } from "./Widget";

interface Props {
  /** Every tag, most used first. */
  tags: Term[];
}

/** The most used tags (capped: the old theme listed every tag and swamped each page), then a link to all. */
export function TagListWidget({ tags }: Props) {
  return (
    <Widget title={ui.tags}>
      <TermCounts terms={tags} limit={siteConfig.tagListCap} inline />
      <p className="mt-3 text-sm">
        <a href={taxonomyUrl("tags")} className="text-accent-ink">
          {ui.allTags} →
        </a>
      </p>
    </Widget>
  );
}
