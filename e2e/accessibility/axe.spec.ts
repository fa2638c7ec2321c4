import { expect, test, type Page } from "@playwright/test";
import { blockNetwork, SEED, SEED_TITLE } from "../support";
import { expectNoAxeViolations, expectTheme, FULL_ARTICLE, pressUntilFocused, QUERY, toggle, WIDTHS } from "./helpers";

/**
 * Accessibility, as axe sees it (WCAG 2.x A/AA and best practices): nothing found on every kind of
 * page, in both themes — from the system setting or chosen with the toggle — at phone and desktop
 * widths. What the keyboard alone can do is keyboard.spec.ts.
 */

const TAG_TERM = "/tags/%E8%88%AA%E8%BF%90/"; // 航运

test.beforeEach(({ context }) => blockNetwork(context));

/** Every image has loaded or has been marked broken by the head script, so what axe sees is final. */
async function imagesSettled(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.images].every(
          (i) => i.loading === "lazy" || i.hasAttribute("data-broken") || (i.complete && i.naturalWidth > 0),
        ),
      ),
    )
    .toBe(true);
}

interface PageCase {
  name: string;
  url: string;
  status?: number;
  /** Brings the page to the state to check, and proves it got there. */
  prepare: (page: Page) => Promise<void>;
}

const PAGES: PageCase[] = [
  {
    name: "home",
    url: "/",
    prepare: async (page) => {
      await expect(page.locator("main article")).toHaveCount(10);
    },
  },
  {
    name: "home, with new and read marks",
    url: "/",
    prepare: async (page) => {
      await page.evaluate(() => {
        localStorage.setItem("visit", JSON.stringify({ prev: null, last: 0 }));
        localStorage.setItem("read", JSON.stringify(["2026-11-22-ev-price-war"]));
      });
      await page.reload();
      await expect(page.locator("main .mark-read:visible")).toHaveCount(1);
      await expect(page.locator("main .mark-new:visible")).toHaveCount(9);
    },
  },
  {
    name: "a month of the archive",
    url: "/2026/11/",
    prepare: async (page) => {
      await expect(page.locator("h1")).toContainText("2026年11月");
    },
  },
  {
    name: "a day of the archive",
    url: "/2026/11/22/",
    prepare: async (page) => {
      await expect(page.getByRole("navigation", { name: "按日浏览" })).toBeVisible();
    },
  },
  {
    name: "home, live search results in the sidebar",
    url: "/",
    prepare: async (page) => {
      const box = page.getByRole("complementary").getByRole("searchbox", { name: "搜索" });
      await box.fill("亚马逊");
      await expect(page.getByRole("complementary").getByRole("link", { name: SEED_TITLE })).toBeVisible();
    },
  },
  {
    name: "article with remote images",
    url: SEED,
    prepare: async (page) => {
      await expect(page.locator("h1")).toHaveText(SEED_TITLE);
      await expect(page.locator("main figure img")).toHaveAttribute("data-broken", "");
    },
  },
  {
    name: "article with contents, author box, related and pager",
    url: FULL_ARTICLE,
    prepare: async (page) => {
      await expect(page.getByRole("navigation", { name: "目录" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "文章导航" })).toBeVisible();
    },
  },
  {
    name: "tag list",
    url: "/tags/",
    prepare: async (page) => {
      await expect(page.locator("h1")).toHaveText("标签");
    },
  },
  {
    name: "tag term",
    url: TAG_TERM,
    prepare: async (page) => {
      await expect(page.locator("h1")).toHaveText("标签：航运");
    },
  },
  {
    name: "search, empty",
    url: "/search/",
    prepare: async (page) => {
      await expect(page.locator("main").getByRole("searchbox")).toBeFocused();
    },
  },
  {
    name: "search, results shown",
    url: "/search/",
    prepare: async (page) => {
      const box = page.locator("main").getByRole("searchbox", { name: "搜索" });
      await box.fill(QUERY);
      await box.press("Enter");
      await expect(page.locator("main ol > li").getByRole("link", { name: SEED_TITLE })).toBeVisible();
      await expect(page.locator("main ol mark").first()).toBeVisible();
    },
  },
  {
    name: "404",
    url: "/no-such-page/",
    status: 404,
    prepare: async (page) => {
      await expect(page.locator("h1")).toHaveText("页面不存在");
    },
  },
];

for (const [width, device] of WIDTHS) {
  for (const theme of ["light", "dark"] as const) {
    test.describe(`axe, ${width}, ${theme} (from the system setting)`, () => {
      test.use({ ...device, colorScheme: theme });
      for (const c of PAGES) {
        test(c.name, async ({ page }) => {
          const res = await page.goto(c.url);
          expect(res?.status()).toBe(c.status ?? 200);
          await expectTheme(page, theme);
          await c.prepare(page);
          await imagesSettled(page);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
}

test.describe("the 404 page of the Node host, rendered in the browser", () => {
  test.use({ colorScheme: "dark" });
  test("still gets the reader's theme and the scripted-page class", async ({ page }) => {
    await page.goto("/no-such-page/");
    await expectTheme(page, "dark");
    await expect(page.locator("html")).toHaveClass(/\bjs\b/);
  });
});

test.describe("a theme chosen with the toggle, against the system setting", () => {
  for (const [system, chosen] of [
    ["light", "dark"],
    ["dark", "light"],
  ] as const) {
    for (const [width, device] of WIDTHS) {
      test(`${chosen} on a ${system} system, ${width}: axe finds nothing on the home page and an article`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ ...device, colorScheme: system });
        await blockNetwork(context);
        const page = await context.newPage();
        await page.goto("/");
        await expectTheme(page, system);
        await pressUntilFocused(page, toggle(page), "Tab", 8);
        await page.keyboard.press("Enter");
        await expectTheme(page, chosen);
        await imagesSettled(page);
        await expectNoAxeViolations(page);
        await page.goto(FULL_ARTICLE);
        await expectTheme(page, chosen);
        await imagesSettled(page);
        await expectNoAxeViolations(page);
        await context.close();
      });
    }
  }
});
