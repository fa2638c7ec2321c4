/** A new article for `npm run new`: the export's full front matter, today's date, a draft. */
import { siteConfig } from "../config";
import { isoWithZone } from "../dates";
import { urlSegment } from "../urls";

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
  const latin = urlSegment(title.replace(/[^\x20-\x7e]+/g, " ")).split("-").filter(Boolean).slice(0, 6).join("-");
  return `${stamp.slice(0, 10)}-${latin || stamp.slice(11).replace(/:/g, "")}`;
}

export function newArticleText({ title, tags = [], categories = [], lang = siteConfig.language, now = new Date() }: NewArticle): string {
  const q = (s: string) => JSON.stringify(s);
  const list = (xs: string[]) => (xs.length ? `\n${xs.map((x) => `  - ${q(x)}`).join("\n")}` : " []");
  return `---
title: ${q(title)}
date: ${q(localTimestamp(now))}
summary: ""
categories:${list(categories)}
lang:
  - ${q(lang)}
translations:
  - ${q(lang)}
tags:${list(tags)}
menu: ""
thumbnail: ""
lead: ""
comments: false
authorbox: false
pager: true
toc: false
mathjax: false
sidebar: "right"
widgets:${list(siteConfig.widgets)}
draft: true
---

在这里写正文。发布前把 \`draft: true\` 改为 \`draft: false\`（或删除这一行）。
`;
}
