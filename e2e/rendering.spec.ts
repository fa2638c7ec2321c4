import { expect, test } from "@playwright/test";

const ARTICLE = "/posts/2026-11-05-yield-curve/";

test("math is MathML rendered at build time, with nothing loaded from another origin", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1")) foreign.push(r.url());
  });
  await page.goto(ARTICLE);
  expect(await page.locator("main .prose math").count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator("main .prose .math-display math[display=block]")).toBeVisible();
  expect(await page.locator("script[src*='katex'], script[src*='mathjax'], link[href*='katex']").count()).toBe(0);
  expect(foreign).toEqual([]);
});

test("code is highlighted without client script; tables keep their alignment", async ({ page }) => {
  await page.goto(ARTICLE);
  const code = page.locator("main pre code.hljs.language-python");
  await expect(code).toBeVisible();
  await expect(code.locator(".hljs-keyword").first()).toHaveText("def");
  const cell = page.locator("main table td").first();
  expect(await cell.evaluate((el) => getComputedStyle(el).textAlign)).toBe("right");
});

test("footnotes link both ways, the titled image is a captioned figure, stats count characters", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.locator("main a[data-footnote-ref]").first().click();
  await expect(page).toHaveURL(/#user-content-fn-1$/);
  await expect(page.locator("#user-content-fn-1")).toBeInViewport();
  await page.locator("#user-content-fn-1 a[data-footnote-backref]").click();
  await expect(page).toHaveURL(/#user-content-fnref-1$/);
  await expect(page.locator("main figure figcaption")).toHaveText("收益率上升，价格下降（示意）");
  await expect(page.locator("main header")).toContainText(/\d+ 字 · 约 \d+ 分钟读完/);
  await expect(page.locator("main kbd").first()).toHaveText("Ctrl");
  await page.getByText("术语解释").click();
  await expect(page.getByText("衡量债券价格对利率变化敏感程度的指标")).toBeVisible();
});

test("headings have ids and anchors; the table of contents reaches them", async ({ page }) => {
  await page.goto(ARTICLE);
  const toc = page.getByRole("navigation", { name: "目录" });
  await expect(toc.getByRole("link")).toHaveText(["折现公式", "一个数值例子", "用代码计算", "小结"]);
  await expect(page.locator("h2#折现公式 a.anchor")).toHaveAttribute("href", /^#/);
  await expect(page.getByRole("heading", { name: "折现公式" })).toBeVisible();
});
