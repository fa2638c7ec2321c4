/**
 * Writes N realistic news articles (Chinese and English, the export's front matter, 60 categories,
 * 120 tags, thumbnails, bodies of real length with bold runs and headings) into a folder, for
 * benchmarks. Deterministic: the same N and seed give the same files.
 *
 *   npx tsx scripts/generate-articles.ts <dir> <count> [--remote-images]
 */
import fs from "node:fs";
import path from "node:path";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH_WORDS =
  "经济 市场 增长 政策 企业 投资 消费 科技 创新 数据 平台 用户 收入 利润 季度 同比 发布 宣布 表示 认为 预计 分析 行业 全球 国内 地区 城市 项目 能源 汽车 芯片 人工智能 模型 服务 银行 利率 债券 股市 出口 进口 物流 港口 农业 粮食 天气 教育 医疗 健康 交通 旅游 文化 体育".split(
    " ",
  );
const EN_WORDS =
  "market growth policy company investment consumer technology innovation data platform users revenue profit quarter annual announced said expected analysts industry global regional city project energy vehicle chip model service bank rates bonds stocks exports imports logistics port agriculture weather education health transport travel culture sports".split(
    " ",
  );
const CATEGORIES = Array.from({ length: 60 }, (_, i) => (i % 2 ? `Section ${i}` : `频道${i}`));
const TAGS = Array.from({ length: 120 }, (_, i) =>
  i % 3 === 0 ? `topic-${i}` : i % 3 === 1 ? `话题${i}` : `Theme ${i}`,
);
const LOCAL_IMAGES = ["harbor", "market", "chip", "field", "city"].map((n) => `/images/${n}.svg`);

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function zhSentence(r: () => number): string {
  const n = 12 + Math.floor(r() * 18);
  let s = "";
  for (let i = 0; i < n; i++) s += pick(r, ZH_WORDS);
  if (r() < 0.25) s = `**${s.slice(0, 8)}**${s.slice(8)}`;
  return `${s}${pick(r, ["。", "，", "；"]) === "。" ? "。" : "。"}`;
}

function enSentence(r: () => number): string {
  const n = 10 + Math.floor(r() * 14);
  const words = Array.from({ length: n }, () => pick(r, EN_WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  if (r() < 0.2) words[2] = `**${words[2]}**`;
  return `${words.join(" ")}.`;
}

export function articleText(i: number, seed = 1, remoteImages = false): { name: string; text: string } {
  const r = rng(seed * 1_000_003 + i);
  const en = r() < 0.3;
  const sentence = en ? enSentence : zhSentence;
  const paragraphs: string[] = [];
  const count = 8 + Math.floor(r() * 10);
  for (let p = 0; p < count; p++) {
    if (p > 0 && p % 4 === 0) paragraphs.push(`## ${en ? "Section" : "第"}${p / 4}${en ? "" : "部分"}`);
    paragraphs.push(Array.from({ length: 3 + Math.floor(r() * 4) }, () => sentence(r)).join(en ? " " : ""));
  }
  const title = en ? enSentence(r).slice(0, 70).replace(/\*\*/g, "") : zhSentence(r).slice(0, 28).replace(/\*\*/g, "");
  const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(r() * 330 * 86_400_000) + i * 1000);
  const date = day.toISOString().replace("T", " ").slice(0, 19);
  const tags = Array.from(new Set(Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(r, TAGS))));
  const thumbnail =
    r() < 0.8 ? (remoteImages ? `https://inews.gtimg.com/om_bt/bench${i}/641` : pick(r, LOCAL_IMAGES)) : "";
  const q = (s: string) => JSON.stringify(s);
  const text = `---
title: ${q(title)}
date: ${q(date)}
summary: ${q(paragraphs[0].replace(/\*\*/g, "").slice(0, en ? 200 : 80))}
categories:
  - ${q(pick(r, CATEGORIES))}
lang:
  - ${q(en ? "en" : "zh-CN")}
translations:
  - ${q(en ? "en" : "zh-CN")}
tags:
${tags.map((t) => `  - ${q(t)}`).join("\n")}
menu: ""
thumbnail: ${q(thumbnail)}
lead: ""
comments: false
authorbox: false
pager: true
toc: ${r() < 0.2}
mathjax: false
sidebar: "right"
widgets:
  - "search"
  - "recent"
  - "taglist"
---

${paragraphs.join("\n\n")}

[source](https://example.com/news/${i})
`;
  return { name: `bench-${String(i).padStart(6, "0")}.md`, text };
}

export function generateArticles(dir: string, count: number, seed = 1, remoteImages = false): void {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const { name, text } = articleText(i, seed, remoteImages);
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, name), text);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error("usage: tsx scripts/generate-articles.ts <dir> <count> [--remote-images]");
    process.exit(1);
  }
  generateArticles(path.resolve(dir), Number(count), 1, process.argv.includes("--remote-images"));
  console.log(`wrote ${count} articles to ${dir}`);
}
