import { expect, test } from "@playwright/test";
import { SEED, SEED_TITLE } from "./support";

/** The static export (`npm run export`) behind nginx with scripts/nginx.conf: the same journeys. */

// The request log of every journey below: the export ships no RSC payload files
// (scripts/prune-export.mjs), so no page may ask for one (`index.txt`, `__next.*.txt`, `?_rsc=`),
// and nothing the pages request may be missing.
const PAYLOAD = /(\/index\.txt|\/__next\.[^/]*\.txt)(\?|$)|[?&]_rsc=/;
let requested: string[] = [];
let missing: string[] = [];
test.beforeEach(({ page }) => {
  requested = [];
  missing = [];
  page.on("request", (r) => requested.push(r.url()));
  page.on("response", (r) => {
    // A page the journey asks for on purpose may be a 404 (the unknown-URL test); a resource may not.
    if (r.status() === 404 && r.request().resourceType() !== "document") missing.push(r.url());
  });
});
// Nor any of the React runtime (the export's pages are plain HTML plus /js/site.js).
const RUNTIME = /\/_next\/static\/.*\.js(\?|$)/;
test.afterEach(() => {
  expect(requested.filter((u) => PAYLOAD.test(u))).toEqual([]);
  expect(requested.filter((u) => RUNTIME.test(u))).toEqual([]);
  expect(missing).toEqual([]);
});

test("the export holds no RSC payload files, and hovering or following links asks for none", async ({
  page,
  request,
}) => {
  for (const file of [`${SEED}index.txt`, `${SEED}__next._full.txt`, "/index.txt", "/__next._tree.txt"])
    expect((await request.get(file)).status(), file).toBe(404);
  expect((await request.get("/robots.txt")).status()).toBe(200);
  await page.goto("/");
  // next/link would prefetch a link's payload when it is seen or hovered: these are plain links.
  for (const link of await page.locator("main a[href^='/posts/']").all()) await link.hover();
  await page.locator("main a[href^='/posts/']").first().click();
  await expect(page.locator("main h1")).toBeVisible();
  await page.locator("main a[href^='/tags/']").first().click();
  await expect(page).toHaveURL(/\/tags\//);
  expect(requested.some((u) => u.includes("/_next/static/"))).toBe(true);
  expect(requested.some((u) => u.endsWith("/js/site.js"))).toBe(true);
  // The page itself carries no payload nor runtime tags, and its own script still works.
  const html = await page.content();
  expect(html).not.toContain("__next_f");
  expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
  await page.setViewportSize({ width: 390, height: 800 });
  const menu = page.getByRole("button", { name: "菜单" });
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("#main-menu")).toBeVisible();
});

test("home → article → Chinese tag (raw and encoded) → category, all from files", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("main article")).toHaveCount(10);
  // The seed is the oldest article: on the last page, the third.
  await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "第 3 页" }).click();
  await expect(page).toHaveURL(/\/page\/3\/$/);
  await page
    .getByRole("link", { name: /亚马逊Q4业绩会/ })
    .first()
    .click();
  await expect(page.locator("h1")).toHaveText(SEED_TITLE);
  expect(await page.content()).not.toContain("**");
  for (const url of ["/tags/%E8%88%AA%E8%BF%90/", "/tags/航运/"]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    await expect(page.locator("h1")).toHaveText("标签：航运");
  }
  await page.goto("/categories/");
  await page.locator("main").getByRole("link", { name: /^科技/ }).click();
  await expect(page.locator("h1")).toHaveText("分类：科技");
});

test("unknown URLs get the 404 page with a 404 status", async ({ page }) => {
  for (const url of ["/posts/no-such-article/", "/no/such/page", "/tags/没有这个标签/"]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.locator("h1")).toHaveText("页面不存在");
  }
});

test("feeds, sitemap, page-bundle images and search work as static files", async ({ page, request }) => {
  const feed = await request.get("/index.xml");
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("<rss");
  expect((await request.get("/tags/%E8%88%AA%E8%BF%90/index.xml")).status()).toBe(200);
  expect(await (await request.get("/sitemap.xml")).text()).toContain(SEED);
  const image = await request.get("/posts/2026-11-02-autumn-market/stalls.png");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  await page.goto("/posts/2026-11-02-autumn-market/");
  const body = page.locator("main .prose figure img");
  await expect(body).toBeVisible();
  expect(await body.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(640);
  await page.goto("/search/?q=%E5%87%80%E5%88%A9%E6%B6%A6");
  await expect(page.locator("main ol > li").filter({ hasText: "亚马逊Q4业绩会" })).toHaveCount(1);
});

test("nginx sends the security headers, and the pages work under their CSP", async ({ page, request }) => {
  const res = await request.get("/");
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/search/?q=DeepSeek");
  await expect(page.locator("main ol > li").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("an old URL (alias) is a page that sends the reader to the article", async ({ page }) => {
  await page.goto("/2026/11/shanghai-port/");
  await expect(page).toHaveURL(/\/posts\/2026-11-24-shanghai-port\/$/);
  await expect(page.locator("h1")).toHaveText("上海港集装箱吞吐量再创新高，航运业看好明年需求");
});

test("a copy's URL is a page that sends the reader to the article kept (content/c1f3a9e2b7d04a55.md)", async ({
  page,
}) => {
  await page.goto("/posts/c1f3a9e2b7d04a55/");
  await expect(page).toHaveURL(/\/posts\/2026-11-23-metro-line\/$/);
  await expect(page.locator("h1")).toHaveText("地铁14号线东延段开通，沿线通勤时间缩短20分钟");
});
