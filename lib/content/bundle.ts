/**
 * Files of a page bundle (`a/index.md` with `a/photo.jpg` beside it), served at /posts/a/photo.jpg.
 * Only raster images: an SVG or HTML file from content would run on the site's own origin.
 */
import fs from "node:fs";
import path from "node:path";
import type { Article } from "./article";

export const BUNDLE_TYPES: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
};

/** A bare file name of a bundle image (`photo.jpg`), as a thumbnail may name one. */
export function isBundleImage(name: string): boolean {
  return /^[\w.-]+$/.test(name) && Object.hasOwn(BUNDLE_TYPES, path.extname(name).toLowerCase());
}

export function bundleFiles(article: Article): string[] {
  if (!article.bundle) return [];
  try {
    return fs
      .readdirSync(path.dirname(article.file), { withFileTypes: true })
      .filter((e) => e.isFile() && Object.hasOwn(BUNDLE_TYPES, path.extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** The bytes and type of a bundle file, or null when the name is not one of the bundle's images. */
export function readBundleFile(article: Article, name: string): { body: Buffer; type: string } | null {
  if (!bundleFiles(article).includes(name)) return null;
  const body = fs.readFileSync(path.join(path.dirname(article.file), name));
  return { body, type: BUNDLE_TYPES[path.extname(name).toLowerCase()] };
}
