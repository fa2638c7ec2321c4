import { expect, test, type Page } from "@playwright/test";
import { SEED, SEED_TITLE } from "./support";

async function searchFor(page: Page, q: string) {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await expect(page.getByText("正在搜索…")).toHaveCount(0, { timeout: 10_000 });
}

test.describe("search", () => {
  test("a Chinese word finds the seed article, with the match highlighted", async ({ page }) => {
    await searchFor(page, "净利润");
    const first = page.locator("main ol > li").filter({ hasText: SEED_TITLE });
    await expect(first.getByRole("link", { name: SEED_TITLE })).toHaveAttribute("href", SEED);
    // Pagefind marks the segmented words of the query inside the excerpt.
    await expect(first.locator("p").last()).toContainText("净利润");
    await expect(first.locator("mark").first()).toHaveText(/^[净利润]+$/);
    await expect(first).toContainText("2025年2月7日");
    await expect(first).toContainText("qq");
  });

  test("English words work too", async ({ page }) => {
    await searchFor(page, "DeepSeek");
    await expect(page.locator("main ol > li").getByRole("link", { name: SEED_TITLE })).toBeVisible();
    await searchFor(page, "cloud providers");
    await expect(page.locator("main ol > li").first()).toContainText("New chip export rules");
  });

  test("a word that matches nothing says so", async ({ page }) => {
    await searchFor(page, "zzqxjwv");
    await expect(page.getByText("没有找到相关文章，换个关键词试试。")).toBeVisible();
    await expect(page.locator("main ol > li")).toHaveCount(0);
  });

  test("the sidebar box searches as you type, / focuses it, Enter opens the search page", async ({ page }) => {
    const pagefindRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/pagefind/")) pagefindRequests.push(r.url());
    });
    await page.goto("/");
    expect(pagefindRequests).toEqual([]); // nothing loads until the reader searches
    await page.locator("body").press("/");
    const box = page.getByRole("searchbox", { name: "搜索" });
    await expect(box).toBeFocused();
    await box.pressSequentially("亚马逊", { delay: 30 });
    await expect(page.getByRole("complementary").getByRole("link", { name: SEED_TITLE })).toBeVisible();
    expect(pagefindRequests.length).toBeGreaterThan(0);
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=%E4%BA%9A%E9%A9%AC%E9%80%8A$/);
    await expect(page.locator("main ol > li").getByRole("link", { name: SEED_TITLE })).toBeVisible();
  });
});

test.describe("feeds, sitemap, robots", () => {
  test("the site feed is valid RSS with absolute links and the seed article", async ({ page, request }) => {
    const res = await request.get("/index.xml");
    expect(res.headers()["content-type"]).toContain("xml");
    const xml = await res.text();
    await page.goto("/");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        items: doc.querySelectorAll("item").length,
        links: [...doc.querySelectorAll("item > link")].map((l) => l.textContent),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    // 23 articles published, the two-source story shown once (content/2026-11-23-rrr-cut-*).
    expect(parsed.items).toBe(22);
    expect(parsed.links.every((l) => l?.startsWith("https://"))).toBe(true);
    expect(parsed.links.some((l) => l?.endsWith(SEED))).toBe(true);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      /\/index\.xml$/,
    );
  });

  test("each term has a feed, linked from its page", async ({ page, request }) => {
    await page.goto("/tags/%E8%88%AA%E8%BF%90/");
    const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute("href");
    expect(href).toMatch(/\/tags\/%E8%88%AA%E8%BF%90\/index\.xml$/);
    const xml = await (await request.get(new URL(href!).pathname)).text();
    expect(xml).toContain("<title>上海港集装箱吞吐量再创新高，航运业看好明年需求</title>");
    expect((xml.match(/<item>/g) ?? []).length).toBe(1);
  });

  test("the sitemap lists every published page and robots.txt points to it", async ({ page, request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    await page.goto("/");
    const urls = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.querySelector("parsererror")) return null;
      return [...doc.querySelectorAll("url > loc")].map((l) => new URL(l.textContent!).pathname);
    }, xml);
    expect(urls).not.toBeNull();
    expect(urls).toContain(SEED);
    expect(urls).toContain("/page/2/");
    expect(urls).toContain("/tags/%E8%88%AA%E8%BF%90/");
    // 25 files: a copy and an update's later version are not pages of their own (content/2026-11-23-*).
    expect(urls!.filter((u) => u.startsWith("/posts/") && u.endsWith("/"))).toHaveLength(23);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });
});

test("an article carries its canonical URL, description, og:image and NewsArticle JSON-LD", async ({ page }) => {
  await page.goto(SEED);
  await expect(page).toHaveTitle(`${SEED_TITLE} - 新闻阅读`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^https?://[^/]+${SEED}$`));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    "content",
    /^图片来源：视觉中国蓝鲸新闻2月7日讯/,
  );
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    "https://inews.gtimg.com/om_ls/OdNKXC-xSAj5P5H3cnmuL2f1pQTQyvMNSwmy4FoSrZQHgAA_640360/0",
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({
    "@type": "NewsArticle",
    headline: SEED_TITLE,
    datePublished: "2025-02-07T17:31:11+08:00",
    inLanguage: "zh-CN",
  });
});

test("related articles share tags or categories", async ({ page }) => {
  await page.goto("/posts/2026-11-05-yield-curve/");
  const related = page.getByRole("region", { name: "相关文章" });
  await expect(related.getByRole("link")).toHaveText([
    "上海港集装箱吞吐量再创新高，航运业看好明年需求",
    "快讯：央行开展5000亿元买断式逆回购操作",
    "秋粮收获过九成，全年粮食产量有望再创新高",
  ]);
});

test("languages: a widget and a page per language", async ({ page }) => {
  await page.goto("/");
  const widget = page
    .getByRole("complementary")
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "语言" }) });
  await expect(widget.getByRole("listitem").getByRole("link")).toHaveCount(3);
  // Its title leads to the list of all languages.
  await widget.getByRole("heading", { name: "语言" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/languages\/$/);
  await page.goBack();
  await widget.getByRole("link", { name: /英语/ }).click();
  await expect(page).toHaveURL(/\/languages\/en\/$/);
  await expect(page.locator("main article h2")).toHaveText([
    "New chip export rules: what changes for cloud providers",
    "Markets weekly: bonds rally as inflation cools",
  ]);
  await expect(page.locator("main article").first()).toHaveAttribute("lang", "en");
});

test.describe("dark mode", () => {
  test("follows the system when nothing is saved", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await context.close();
  });

  test("the toggle switches and persists across a reload, applied before any framework script runs", async ({
    page,
  }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.goto("/");
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    const light = await background();
    const toggle = page.getByRole("button", { name: "深色模式" });
    await toggle.click();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const bg = await background();
    expect(bg).not.toBe(light);
    // Reload with the framework's scripts blocked: only the inline head script can set the theme.
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    expect(await background()).toBe(bg);
    await page.unroute("**/_next/static/**/*.js");
    await page.reload();
    await page.getByRole("button", { name: "深色模式" }).click();
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  });
});

test("every page has a title and an icon", async ({ page }) => {
  for (const [url, title] of [
    ["/", "新闻阅读"],
    ["/page/2/", "第 2 页 - 新闻阅读"],
    ["/tags/", "标签 - 新闻阅读"],
    ["/search/", "搜索 - 新闻阅读"],
  ]) {
    await page.goto(url);
    await expect(page, url).toHaveTitle(title);
  }
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect((await page.request.get(icon!)).status()).toBe(200);
});
