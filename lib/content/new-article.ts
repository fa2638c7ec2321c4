/** A new article for `npm run new`: the export's full front matter (./schema), today's date, a draft. */
import { siteConfig } from "../config";
import { isoWithZone } from "../dates";
import { urlSegment } from "../urls";
import { newArticleFields } from "./schema";

export interface NewArticle {
  title: string;
  tags?: string[];
  categories?: string[];
  lang?: string;
  now?: Date;
}

/** `2026-11-26 10:30:00` in the site's zone. */
export function localTimestamp(date: Date, timeZone = siteConfig.timeZone): string {
  return isoWithZone(date, timeZone).slice(0, 19).replace("T", " ");
}

/** A short date-based slug: the day, then the title's Latin words if it has any, else the time. */
export function newArticleSlug(title: string, now = new Date(), timeZone = siteConfig.timeZone): string {
  const stamp = localTimestamp(now, timeZone);
  const latin = urlSegment(title.replace(/[^\x20-\x7e]+/g, " "))
    .split("-")
    .filter(Boolean)
    .slice(0, 6)
    .join("-");
  return `${stamp.slice(0, 10)}-${latin || stamp.slice(11).replace(/:/g, "")}`;
}

/** The keys of the export (./schema) with this article's values, as YAML, then a line of body to replace. */
export function newArticleText({
  title,
  tags = [],
  categories = [],
  lang = siteConfig.language,
  now = new Date(),
}: NewArticle): string {
  const q = (s: string) => JSON.stringify(s);
  const yaml = (v: unknown): string => {
    if (Array.isArray(v)) return v.length ? `\n${v.map((x) => `  - ${q(String(x))}`).join("\n")}` : " []";
    return ` ${typeof v === "string" ? q(v) : String(v)}`;
  };
  const fields = newArticleFields({ title, date: localTimestamp(now), tags, categories, lang }, siteConfig);
  return `---
${fields.map(([key, value]) => `${key}:${yaml(value)}`).join("\n")}
---

在这里写正文。发布前把 \`draft: true\` 改为 \`draft: false\`（或删除这一行）。
`;
}
