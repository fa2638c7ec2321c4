import { expect, test } from "@playwright/test";

/**
 * One card per story (lib/content/copies.ts, lib/content/stories.ts) on the bundled examples:
 * content/c1f3a9e2b7d04a55.md is an exact copy of 2026-11-23-metro-line.md, 5e0b7c2d9a14f863.md an
 * update of 2026-11-23-cold-wave.md, two 快讯 of one source stay apart, and the reserve-ratio cut
 * comes from two sources (新华社, 路透中文).
 */
const METRO = "地铁14号线东延段开通，沿线通勤时间缩短20分钟";
const KEPT = "/posts/2026-11-23-metro-line/";
const COPY = "/posts/c1f3a9e2b7d04a55/";
const COLD = "寒潮蓝色预警：北方多地气温将骤降8至10摄氏度";
const XINHUA = {
  url: "/posts/2026-11-23-rrr-cut-xinhua/",
  title: "央行宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元",
};
const REUTERS = {
  url: "/posts/2026-11-23-rrr-cut-reuters/",
  title: "中国央行下调存款准备金率0.5个百分点 释放长期资金约1万亿元",
};

test("a copy's URL redirects permanently to the article kept", async ({ page, request }) => {
  const res = await request.get(COPY, { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers().location).toMatch(new RegExp(`${KEPT}$`));
  await page.goto(COPY);
  await expect(page).toHaveURL(new RegExp(`${KEPT}$`));
  await expect(page.locator("h1")).toHaveText(METRO);
});

test("an update shows once: the newest text at the first version's URL; the later file's URL redirects", async ({
  page,
}) => {
  await page.goto("/posts/5e0b7c2d9a14f863/");
  await expect(page).toHaveURL(/\/posts\/2026-11-23-cold-wave\/$/);
  await expect(page.locator("h1")).toHaveText(COLD);
  await expect(page.locator("main")).toContainText("8至12摄氏度");
});

test("the home page shows the copy, the update and the story once each, both 快讯, and the story's other source", async ({
  page,
}) => {
  await page.goto("/");
  const titles = await page.locator("main article h2").allTextContents();
  expect(titles.filter((t) => t === METRO)).toHaveLength(1);
  expect(titles.filter((t) => t === COLD)).toHaveLength(1);
  expect(titles.filter((t) => t === "快讯")).toHaveLength(2);
  // The story's newest member is the card; its other source is linked under it.
  expect(titles).toContain(REUTERS.title);
  expect(titles).not.toContain(XINHUA.title);
  const card = page.locator("main article").filter({ hasText: REUTERS.title });
  await expect(card.locator("[data-story-sources]")).toHaveText("另有 1 个来源：新华社");
  await card.getByRole("link", { name: "新华社" }).click();
  await expect(page).toHaveURL(new RegExp(`${XINHUA.url}$`));
  await expect(page.locator("h1")).toHaveText(XINHUA.title);
});

test("each member of a story keeps its page and links the others", async ({ page }) => {
  await page.goto(XINHUA.url);
  const section = page.getByRole("region", { name: "同一事件的其他报道" });
  await expect(section.getByRole("link")).toHaveText([REUTERS.title]);
  await expect(section).toContainText("路透中文");
  await section.getByRole("link", { name: REUTERS.title }).click();
  await expect(page).toHaveURL(new RegExp(`${REUTERS.url}$`));
  await expect(page.getByRole("region", { name: "同一事件的其他报道" }).getByRole("link")).toHaveText([XINHUA.title]);
});

test("the feed and the sitemap leave the copy out and show the story once in the feed", async ({ request }) => {
  const feed = await (await request.get("/index.xml")).text();
  expect(feed).toContain("2026-11-23-metro-line/");
  expect(feed).not.toContain("c1f3a9e2b7d04a55");
  expect(feed).not.toContain("5e0b7c2d9a14f863");
  expect(feed).toContain(REUTERS.url);
  expect(feed).not.toContain(XINHUA.url);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(KEPT);
  expect(sitemap).not.toContain("c1f3a9e2b7d04a55");
  // Each member keeps its own page, so both are in the sitemap.
  expect(sitemap).toContain(XINHUA.url);
  expect(sitemap).toContain(REUTERS.url);
});
