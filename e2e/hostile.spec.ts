import { expect, test, type Page } from "@playwright/test";

/**
 * The site built from e2e/fixtures/hostile: script tags, event handlers, javascript:/data: URLs and
 * embedding elements in the body and the front matter. Nothing may run and nothing may be fetched
 * from hostile.invalid, the host those fixtures use only where the content must be neutralised.
 */
function watch(page: Page) {
  const dialogs: string[] = [];
  const hostileRequests: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on("request", (r) => {
    if (r.url().includes("hostile.invalid")) hostileRequests.push(r.url());
  });
  // Nothing leaves this machine: every non-local request is answered locally with a 404.
  page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 404, body: "" }));
  return { dialogs, hostileRequests };
}

test("the hostile article renders its text and runs nothing", async ({ page }) => {
  const seen = watch(page);
  const res = await page.goto("/posts/hostile-body/");
  expect(res?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText("恶意正文 <script>alert('title')</script>");
  await expect(page.locator("main .prose")).toContainText("正文最后一段仍然可见。");
  await expect(page.locator("main .prose")).toContainText("覆盖整页的层");

  // Clicking what were javascript: links and toggling details does nothing hostile.
  await page.locator("#js-link, a:has-text('点我（javascript:）')").first().click();
  await page.getByText("markdown javascript 链接").click();
  await page.getByText("展开").first().click();
  await page.getByText("覆盖整页的层").click();
  await page.waitForTimeout(300);

  expect(seen.dialogs).toEqual([]);
  expect(seen.hostileRequests).toEqual([]);
  // The page's own JSON-LD is the only script allowed in main.
  const html = (await page.locator("main").innerHTML()).replace(/<script type="application\/ld\+json">[^<]*<\/script>/, "");
  expect(html).not.toMatch(/<(script|iframe|object|embed|style|link|meta|form|video|svg)\b/i);
  const handlers = await page.locator("main *").evaluateAll((els) =>
    els.flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith("on")).map((n) => `${el.tagName}[${n}]`)),
  );
  expect(handlers).toEqual([]);
  expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data:text)/i);
  expect(html).not.toContain('style="');
  await expect(page.locator("main figure.thumb, main .thumb")).toHaveCount(0);
});

test("hostile front matter is shown as text on lists and term pages", async ({ page }) => {
  const seen = watch(page);
  await page.goto("/");
  await expect(page.locator("main").getByRole("link", { name: "恶意正文 <script>alert('title')</script>" })).toBeVisible();
  await page.goto("/tags/");
  await page.locator("main").getByRole("link", { name: /img src=x onerror/ }).click();
  await expect(page.locator("h1")).toContainText("<img src=x onerror=alert('tag')>");
  expect(seen.dialogs).toEqual([]);
  expect(seen.hostileRequests).toEqual([]);
});

test("a data: thumbnail is dropped and the article still published", async ({ page }) => {
  const seen = watch(page);
  await page.goto("/posts/hostile-thumbnail/");
  await expect(page.locator("h1")).toHaveText("data 缩略图");
  await expect(page.locator("main .thumb")).toHaveCount(0);
  expect(await page.locator('img[src^="data:"]').count()).toBe(0);
  expect(seen.dialogs).toEqual([]);
});
