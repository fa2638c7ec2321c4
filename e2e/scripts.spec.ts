/**
 * Issue 14: the script toggle (简/繁, converted in the browser, remembered, applied before the page
 * shows), search that folds the two scripts, and the reader's language filtering the lists.
 */
import { expect, test, type Page } from "@playwright/test";
import { blockNetwork } from "./support";

const SIMPLIFIED = "/posts/2026-11-13-tsmc-results/";
const TRADITIONAL = "/posts/2026-11-13-tsmc-results.zh-hk/";
/** Screenshots to look at (test-results/ is emptied by each run: SHOTS_DIR keeps them). */
const SHOTS = process.env.SHOTS_DIR ?? "test-results/scripts";

/** Records, when the document is parsed (before first paint), what the head script decided. */
async function recordBoot(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      const w = window as unknown as { boot: Record<string, string | boolean | null> };
      w.boot = {
        pending: document.documentElement.classList.contains("script-pending"),
        visibility: getComputedStyle(document.body).visibility,
        reading: document.documentElement.getAttribute("data-reading"),
      };
    });
  });
}
const boot = (page: Page) => page.evaluate(() => (window as unknown as { boot: Record<string, unknown> }).boot);
const shown = (page: Page) => expect(page.locator("html")).not.toHaveClass(/script-pending/);

test.beforeEach(async ({ page }) => {
  await blockNetwork(page);
});

test("简/繁: a Simplified article in Traditional, remembered, code and URLs untouched", async ({ page }) => {
  await recordBoot(page);
  await page.goto(SIMPLIFIED);
  await shown(page);
  await expect(page.locator("h1")).toHaveText("台积电第三季度净利润创新高，先进制程需求强劲");
  const phrases = page.waitForResponse((r) => r.url().endsWith("/opencc/st-phrases.txt"));
  await page.getByRole("button", { name: "繁", exact: true }).click();
  expect((await phrases).status()).toBe(200);

  const article = page.locator("main article").first();
  await expect(page.locator("h1")).toHaveText("台積電第三季度淨利潤創新高，先進製程需求強勁");
  await expect(article).toContainText("國際經濟環境仍不明朗");
  // Phrases, not characters one by one (those would give 周四公布): the site's phrase table was used.
  await expect(article).toContainText("台積電週四公佈第三季度財報");
  await expect(article).toContainText("Reuters reported the results first.");
  await expect(article.locator("pre")).toContainText("# 代码不转换：台积电");
  await expect(article.locator("p code")).toHaveText("发布 = 1");
  await expect(article).toContainText("https://investor.tsmc.com/chinese/quarterly-results");
  await expect(page.locator("footer")).toContainText("由 Markdown 靜態生成");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");
  await expect(article).toHaveAttribute("lang", "zh-HK");
  await expect(page).toHaveTitle(/^台積電第三季度淨利潤創新高/);
  await page.screenshot({ path: `${SHOTS}/article-traditional-1280.png`, fullPage: true });

  // The next page (the home's second, where the 台积电 pair is listed): hidden until converted, then
  // shown converted (no flash of the original).
  await page.goto("/page/2/");
  expect(await boot(page)).toMatchObject({ pending: true, visibility: "hidden" });
  await shown(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");
  await expect(page.locator("main article h2").getByText("台積電第三季度淨利潤創新高", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "繁", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/home-traditional-390.png` });

  // The original, one click away, and remembered too.
  await page.getByRole("button", { name: "原文" }).click();
  await expect(page.locator("main article h2").getByText("台积电第三季度净利润创新高", { exact: false })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.goto(SIMPLIFIED);
  expect(await boot(page)).toMatchObject({ pending: false, visibility: "visible" });
  await expect(page.locator("h1")).toHaveText("台积电第三季度净利润创新高，先进制程需求强劲");
});

test("简/繁: a Hong Kong article in Simplified, UI strings unchanged", async ({ page }) => {
  await page.goto(TRADITIONAL);
  await shown(page);
  await page.getByRole("button", { name: "简", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("台积电第三季净利创新高，先进制程需求强劲");
  await expect(page.locator("main article").first()).toHaveAttribute("lang", "zh-CN");
  await expect(page.locator("footer")).toContainText("由 Markdown 静态生成");
  await page.screenshot({ path: `${SHOTS}/article-simplified-1280.png` });
});

test("search: 台积电 and 台積電 find the same articles, each shown in its own script", async ({ page }) => {
  const titles = async (q: string) => {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.getByText(/的搜索结果/)).toBeVisible({ timeout: 20_000 });
    return (await page.locator("main ol > li h2").allTextContents()).sort();
  };
  const simplified = await titles("台积电");
  expect(simplified).toEqual(
    ["台積電第三季淨利創新高，先進製程需求強勁", "台积电第三季度净利润创新高，先进制程需求强劲"].sort(),
  );
  // The Hong Kong article's excerpt is in Traditional, the match marked, for a Simplified query.
  // (Pagefind marks each segment of the word: 台 and 积电.)
  const marks = (lang: string) => page.locator(`main ol > li[lang="${lang}"] mark`).allTextContents();
  expect((await marks("zh-HK")).join("")).toContain("台積電");
  expect((await marks("zh-CN")).join("")).toContain("台积电");
  await expect(page.locator('main ol > li[lang="zh-HK"]')).not.toContainText("台积电");
  await page.screenshot({ path: `${SHOTS}/search-1280.png` });
  expect(await titles("台積電")).toEqual(simplified);
  expect(await titles("國際經濟")).toEqual(await titles("国际经济"));
});

test("reading language: English only on the home page, remembered, every article still linked", async ({ page }) => {
  await recordBoot(page);
  await page.goto("/");
  const cards = page.locator("main article");
  const visible = page.locator("main article:visible");
  const total = await cards.count();
  await page.getByRole("button", { name: "English" }).click();
  await expect(visible).not.toHaveCount(total);
  for (const lang of await visible.evaluateAll((els) => els.map((e) => e.getAttribute("lang"))))
    expect(lang).toMatch(/^en/);
  await expect(page.locator(".reading-note")).toBeVisible();
  // All cards are still in the page for crawlers; the note leads to every language's list.
  await expect(cards).toHaveCount(total);
  await expect(page.locator(".reading-note a:visible")).toHaveAttribute("href", "/languages/en/");

  await page.reload();
  expect(await boot(page)).toMatchObject({ reading: "en" });
  for (const lang of await visible.evaluateAll((els) => els.map((e) => e.getAttribute("lang"))))
    expect(lang).toMatch(/^en/);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/home-english-390.png`, fullPage: true });

  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator(".reading-note a:visible")).toHaveAttribute("href", "/languages/");
  for (const lang of await visible.evaluateAll((els) => els.map((e) => e.getAttribute("lang"))))
    expect(lang).toMatch(/^zh/);
  await page.getByRole("button", { name: "全部" }).click();
  await expect(visible).toHaveCount(total);
  await expect(page.locator(".reading-note")).toBeHidden();
});
