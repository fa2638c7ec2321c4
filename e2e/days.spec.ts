import { expect, test, type Page } from "@playwright/test";

/**
 * Days to browse and the new/read marks, on `next start` and the nginx-served export. The bundled
 * content/ has articles on 2026-11-24, -23, -22, -21, -20 … (Asia/Shanghai), and one in 2025.
 */
const EV = "/posts/2026-11-22-ev-price-war/";
const EV_TITLE = "新能源车企年底再打价格战，多款车型降价超两万元";

test("article → its day → the previous day → the month → the archive → a year", async ({ page }) => {
  await page.goto(EV);
  // The date in the article's meta line links its day.
  await page.locator("main article").getByRole("link", { name: "2026年11月22日" }).click();
  await expect(page).toHaveURL(/\/2026\/11\/22\/$/);
  await expect(page.locator("h1")).toContainText("2026年11月22日");
  await expect(page.locator("main article h2 a")).toHaveText([EV_TITLE]);

  const days = page.getByRole("navigation", { name: "按日浏览" });
  await expect(days.getByRole("link", { name: /后一天/ })).toContainText("2026年11月23日");
  await days.getByRole("link", { name: /前一天/ }).click();
  await expect(page).toHaveURL(/\/2026\/11\/21\/$/);
  await expect(page.locator("main article h2 a")).toHaveText([
    "New chip export rules: what changes for cloud providers",
  ]);

  await page.getByRole("navigation", { name: "位置" }).getByRole("link", { name: "11月" }).click();
  await expect(page).toHaveURL(/\/2026\/11\/$/);
  await expect(page.locator("h1")).toContainText("2026年11月");
  // Its days, newest first, each with its count.
  const dayLinks = page.locator("main ul.term-chips a");
  await expect(dayLinks.first()).toHaveAttribute("href", "/2026/11/24/");
  await expect(page.locator("main").getByRole("link", { name: /^22日\s*（1 篇）$/ })).toHaveAttribute(
    "href",
    "/2026/11/22/",
  );
  await expect(page.getByRole("navigation", { name: "按月浏览" }).getByRole("link", { name: /上个月/ })).toContainText(
    "2026年10月",
  );

  await page.getByRole("navigation", { name: "位置" }).getByRole("link", { name: "归档" }).click();
  await expect(page).toHaveURL(/\/archives\/$/);
  await expect(page.locator("main h2")).toHaveText([/^2026年/, /^2025年/]);
  await page.locator("main").getByRole("link", { name: "2025年", exact: true }).click();
  await expect(page).toHaveURL(/\/2025\/$/);
  await page
    .locator("main")
    .getByRole("link", { name: /^2025年2月/ })
    .click();
  await expect(page).toHaveURL(/\/2025\/02\/$/);

  // The archive is in the main menu.
  await page.goto("/");
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "归档" }).click();
  await expect(page).toHaveURL(/\/archives\/$/);
});

test("the sitemap lists the archive's pages, each answers 200; days without articles are 404", async ({
  page,
  request,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
  const archive = paths.filter((p) => /^\/(archives|\d{4})\//.test(p));
  for (const p of ["/archives/", "/2026/", "/2026/11/", "/2026/11/22/", "/2026/11/21/", "/2025/02/07/"]) {
    expect(archive, p).toContain(p);
  }
  expect(archive.length).toBeGreaterThan(15);
  for (const p of archive) expect((await request.get(p)).status(), p).toBe(200);
  for (const p of ["/2026/11/25/", "/2031/", "/2026/12/", "/2026/11/22/page/2/"]) {
    const res = await page.goto(p);
    expect(res?.status(), p).toBe(404);
  }
});

const marks = (page: Page, text: string) => page.locator("main [data-list] .mark").filter({ hasText: text });

test("marks new articles since the last visit and those already read", async ({ page }) => {
  await page.goto("/");
  // A first visit marks nothing.
  await expect(marks(page, "新").filter({ visible: true })).toHaveCount(0);
  // The last visit ended at midnight on 21 November (Beijing): eight cards came after it (the two
  // reports of one story are one card).
  await page.evaluate(() =>
    localStorage.setItem("visit", JSON.stringify({ prev: null, last: Date.parse("2026-11-21T00:00:00+08:00") })),
  );
  await page.reload();
  const fresh = page.locator("main [data-list] article").filter({ has: page.locator(".mark-new:visible") });
  await expect(fresh.locator("h2 a")).toHaveText([
    "上海港集装箱吞吐量再创新高，航运业看好明年需求",
    "中国央行下调存款准备金率0.5个百分点 释放长期资金约1万亿元",
    "快讯",
    "快讯",
    "地铁14号线东延段开通，沿线通勤时间缩短20分钟",
    "寒潮蓝色预警：北方多地气温将骤降8至10摄氏度",
    EV_TITLE,
    "New chip export rules: what changes for cloud providers",
  ]);
  // Reloading within 30 minutes is the same visit: the marks stay.
  await page.reload();
  await expect(marks(page, "新").filter({ visible: true })).toHaveCount(8);

  // Open one: back on the list it is marked read (text, and a dimmed title), no longer new.
  await page.getByRole("link", { name: EV_TITLE }).first().click();
  await expect(page.locator("h1")).toHaveText(EV_TITLE);
  await page.goto("/");
  const card = page.locator("main [data-list] article").filter({ hasText: EV_TITLE });
  await expect(card.locator(".mark-read")).toBeVisible();
  await expect(card.locator(".mark-read")).toHaveText("已读");
  await expect(card.locator(".mark-new")).toBeHidden();
  await expect(marks(page, "新").filter({ visible: true })).toHaveCount(7);
  const colour = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  expect(await card.locator("h2 a").evaluate((el) => getComputedStyle(el).color)).not.toBe(
    await colour("main [data-list] article:not([data-read]) h2 a"),
  );
  // The day page is a list too.
  await page.goto("/2026/11/22/");
  await expect(page.locator("main [data-list] .mark-read")).toBeVisible();
});

test("without JavaScript the marks stay hidden and the pages work", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/2026/11/22/");
  await expect(page.locator("main article h2 a")).toHaveText([EV_TITLE]);
  await expect(page.locator("main .mark").filter({ visible: true })).toHaveCount(0);
  await context.close();
});
