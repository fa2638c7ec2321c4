/**
 * A thumbnail's URL, checked: `https:`, `http:` or site-relative, or in a page bundle the name of an
 * image beside the article. Anything else (`javascript:`, `data:`) is dropped with a warning.
 */
import { truncateChars } from "../text";
import { bundleFileUrl, safeImageUrl } from "../urls";
import { isBundleImage } from "./bundle";
import type { DiagnosticSink } from "./diagnostics";
import type { ThumbnailValue } from "./fields";

export interface Thumbnail {
  src: string;
  /** Shown on list cards / on the article page (Mainroad's `visibility: [list, post]`). */
  list: boolean;
  post: boolean;
}

/** `bundleSlug`: the article's slug when it is a page bundle's `index.md`. */
export function resolveThumbnail(
  value: ThumbnailValue | null,
  bundleSlug: string | null,
  sink: DiagnosticSink,
  line: number,
): Thumbnail | null {
  if (!value) return null;
  const name = value.src.trim();
  const safe = bundleSlug && isBundleImage(name) ? bundleFileUrl(bundleSlug, name) : safeImageUrl(value.src);
  if (!safe) {
    sink.report("unsafe-thumbnail", line, { value: truncateChars(value.src, 60) });
    return null;
  }
  return { src: safe, list: value.list, post: value.post };
}
