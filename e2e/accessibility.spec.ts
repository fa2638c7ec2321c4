import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * Accessibility: axe (WCAG 2.x A/AA and best practices) finds nothing on every kind of page, in
 * both themes, at phone and desktop widths; and a reader can do everything with the keyboard alone.
 */

const SEED = "/posts/000_bd8401d927c5eba6/";
const SEED_TITLE = "亚马逊Q4业绩会：AI挤压利润仍加大投入，已有用户在AWS上用DeepSeek";
// Table of contents, author box, related articles and both pager links.
const FULL_ARTICLE = "/posts/2026-11-24-shanghai-port/";
const PAGER_ARTICLE = "/posts/2026-11-22-ev-price-war/";
const TAG_TERM = "/tags/%E8%88%AA%E8%BF%90/"; // 航运
const QUERY = "净利润";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const WIDTHS = [
  ["phone", PHONE],
  ["desktop", DESKTOP],
] as const;

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

// Remote images (news CDNs) cannot load here, and a test must never depend on the network: every
// request that is not to the site under test gets a local 404, as a refusing CDN would.
test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.fulfill({ status: 404, body: "" }));
});

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const readable = violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}) ${v.help}\n    at ${n.target.join(" ")}\n    ${n.failureSummary?.replace(/\n/g, "\n    ")}`,
    ),
  );
  expect(readable, `axe violations on ${page.url()}`).toEqual([]);
}

const toggle = (page: Page) => page.getByRole("button", { name: "深色模式" });

/** The page is hydrated (the theme toggle reports its state only then) and shows the wanted theme. */
async function expectTheme(page: Page, theme: "light" | "dark") {
  await expect(toggle(page)).toHaveAttribute("aria-pressed", theme === "dark" ? "true" : "false");
  if (theme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  else await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
}

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

// ---------------------------------------------------------------------------------------------
// The keyboard alone.

/** Presses `key` until `target` has focus; fails if it never does within `max` presses. */
async function pressUntilFocused(page: Page, target: Locator, key = "Tab", max = 150): Promise<number> {
  await expect(target).toBeAttached();
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) return n;
  }
  throw new Error(`${key} × ${max} never reached ${target}`);
}

interface FocusReport {
  element: string;
  indicator: boolean;
  visible: boolean;
  inViewport: boolean;
}

/** What the focused element looks like: an outline or a box shadow, visible, on screen. */
function focusReport(page: Page): Promise<FocusReport | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const s = getComputedStyle(el);
    const transparent = (c: string) => c === "transparent" || /rgba\(.*,\s*0\)$/.test(c);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1 && !transparent(s.outlineColor);
    const shadow = s.boxShadow !== "none" && s.boxShadow !== "";
    const r = el.getBoundingClientRect();
    return {
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 40)}"`,
      indicator: outline || shadow,
      visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && r.width >= 4 && r.height >= 4,
      inViewport: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    };
  });
}

async function expectFocusVisible(page: Page) {
  const report = await focusReport(page);
  expect(report, "something has focus").not.toBeNull();
  expect(report, "focus is visible").toMatchObject({ indicator: true, visible: true, inViewport: true });
}

for (const [width, device] of WIDTHS) {
  test.describe(`keyboard, ${width}`, () => {
    test.use(device);

    for (const theme of ["light", "dark"] as const) {
      test.describe(`${theme} theme`, () => {
        test.use({ colorScheme: theme });
        for (const [name, url] of [
          ["home", "/"],
          ["article", FULL_ARTICLE],
          ["tag list", "/tags/"],
          ["search results", `/search/?q=${encodeURIComponent(QUERY)}`],
          ["404", "/no-such-page/"],
        ] as const) {
          test(`every Tab stop on the ${name} page shows where focus is`, async ({ page }) => {
            await page.goto(url);
            await expectTheme(page, theme);
            if (name === "search results") await expect(page.locator("main ol > li").first()).toBeVisible();
            const seen: FocusReport[] = [];
            for (let i = 0; i < 300; i++) {
              await page.keyboard.press("Tab");
              const report = await focusReport(page);
              if (!report) break; // past the last stop
              if (seen.length > 0 && report.element === seen[0].element) break; // wrapped around
              seen.push(report);
            }
            expect(seen[0]?.element).toContain("跳到正文");
            expect(seen.map((r) => r.element)).toContainEqual(expect.stringContaining("深色模式"));
            expect(seen.length).toBeGreaterThan(5);
            expect(seen.filter((r) => !r.indicator || !r.visible || !r.inViewport)).toEqual([]);
          });
        }
      });
    }

    test("the skip link is the first Tab stop and moves focus into the main content", async ({ page }) => {
      for (const url of ["/", FULL_ARTICLE]) {
        await page.goto(url);
        await expectTheme(page, "light");
        const skip = page.getByRole("link", { name: "跳到正文" });
        expect((await skip.boundingBox())?.width ?? 0, "hidden until focused").toBeLessThanOrEqual(1);
        await page.keyboard.press("Tab");
        await expect(skip).toBeFocused();
        await expectFocusVisible(page);
        expect((await skip.boundingBox())!.width).toBeGreaterThan(40);
        await page.keyboard.press("Enter");
        await expect(page.locator("main")).toBeFocused();
        // The next Tab continues from the content, past the header and its menu.
        await page.keyboard.press("Tab");
        expect(await page.evaluate(() => document.querySelector("main")!.contains(document.activeElement))).toBe(true);
        await expectFocusVisible(page);
      }
      // On the home page that is the first article's title.
      await page.goto("/");
      await expectTheme(page, "light");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      await expect(page.locator("main article h2 a").first()).toBeFocused();
    });

    test("Tab moves through the header in the order it is seen", async ({ page }) => {
      await page.goto("/");
      await expectTheme(page, "light");
      await page.keyboard.press("Tab"); // the skip link
      const stops: { name: string; x: number; y: number }[] = [];
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press("Tab");
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (!el.closest("body > header")) return null;
          const r = el.getBoundingClientRect();
          return { name: el.getAttribute("aria-label") ?? el.textContent!.trim(), x: r.x, y: r.y };
        });
        if (!stop) break;
        stops.push(stop);
      }
      expect(stops.map((s) => s.name)).toEqual(
        width === "phone" ? ["新闻阅读", "☰ 菜单", "深色模式"] : ["新闻阅读", "首页", "分类", "标签", "深色模式"],
      );
      // One row, left to right.
      for (let i = 1; i < stops.length; i++) {
        expect(stops[i].x, stops[i].name).toBeGreaterThan(stops[i - 1].x);
        expect(Math.abs(stops[i].y - stops[0].y), stops[i].name).toBeLessThan(24);
      }
    });

    test("the theme toggle works with Enter and Space, and the choice stays", async ({ page }) => {
      await page.goto("/");
      await expectTheme(page, "light");
      await pressUntilFocused(page, toggle(page), "Tab", 8);
      await expectFocusVisible(page);
      await page.keyboard.press("Enter");
      await expectTheme(page, "dark");
      await expect(toggle(page)).toBeFocused();
      await expectFocusVisible(page);
      await page.keyboard.press("Space");
      await expectTheme(page, "light");
      await page.keyboard.press("Space");
      await expectTheme(page, "dark");
      await page.reload();
      await expectTheme(page, "dark");
    });

    test("the search page: type, Enter, Tab to a result, Enter opens it", async ({ page }) => {
      await page.goto("/search/");
      await expectTheme(page, "light");
      const box = page.locator("main").getByRole("searchbox", { name: "搜索" });
      await expect(box).toBeFocused(); // nothing asked yet: the box is ready for typing
      await page.keyboard.type(QUERY);
      await page.keyboard.press("Enter");
      const first = page.locator("main ol > li").first().getByRole("link");
      await expect(first).toHaveText(SEED_TITLE);
      await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(QUERY)}$`));
      const presses = await pressUntilFocused(page, first, "Tab", 2); // past the search button
      expect(presses).toBe(2);
      await expectFocusVisible(page);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${SEED}$`));
      await expect(page.locator("h1")).toHaveText(SEED_TITLE);
    });

    test("the sidebar search box: Tab reaches it, results appear as you type, Tab to one, Enter opens it", async ({
      page,
    }) => {
      await page.goto("/");
      await expectTheme(page, "light");
      const sidebar = page.getByRole("complementary");
      const box = sidebar.getByRole("searchbox", { name: "搜索" });
      await pressUntilFocused(page, box);
      await expectFocusVisible(page);
      await page.keyboard.type("亚马逊");
      const result = sidebar.getByRole("link", { name: SEED_TITLE });
      await expect(result).toBeVisible();
      await pressUntilFocused(page, result, "Tab", 2);
      await expectFocusVisible(page);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${SEED}$`));
      // Enter in the box opens the search page with the results.
      await pressUntilFocused(page, page.getByRole("complementary").getByRole("searchbox", { name: "搜索" }));
      await page.keyboard.type("亚马逊");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/search\/\?q=%E4%BA%9A%E9%A9%AC%E9%80%8A$/);
      await expect(page.locator("main ol > li").getByRole("link", { name: SEED_TITLE })).toBeVisible();
    });

    test("an article's previous/next links and contents are reachable and open with Enter", async ({ page }) => {
      await page.goto(FULL_ARTICLE);
      await expectTheme(page, "light");
      const tocLink = page.getByRole("navigation", { name: "目录" }).getByRole("link", { name: "明年需求怎么看" });
      await pressUntilFocused(page, tocLink);
      await expectFocusVisible(page);
      await page.keyboard.press("Enter");
      await expect(page.locator("h2#明年需求怎么看")).toBeInViewport();

      await page.goto(PAGER_ARTICLE);
      await expectTheme(page, "light");
      const pager = page.getByRole("navigation", { name: "文章导航" });
      const older = pager.getByRole("link", { name: /上一篇/ });
      const newer = pager.getByRole("link", { name: /下一篇/ });
      await pressUntilFocused(page, older);
      await expectFocusVisible(page);
      await page.keyboard.press("Tab");
      await expect(newer).toBeFocused();
      await expectFocusVisible(page);
      await page.keyboard.press("Enter");
      await expect(page.locator("h1")).toHaveText("上海港集装箱吞吐量再创新高，航运业看好明年需求");
      await page.goBack();
      await pressUntilFocused(
        page,
        page.getByRole("navigation", { name: "文章导航" }).getByRole("link", { name: /上一篇/ }),
      );
      await page.keyboard.press("Enter");
      await expect(page.locator("h1")).toHaveText("New chip export rules: what changes for cloud providers");
    });
  });
}

test.describe("keyboard, phone: the menu", () => {
  test.use(PHONE);

  test("opens and closes with Enter and Space, its links are reachable, Escape closes it", async ({ page }) => {
    await page.goto("/");
    await expectTheme(page, "light");
    const button = page.getByRole("button", { name: "菜单" });
    const menu = page.getByRole("navigation", { name: "主菜单" });
    const links = menu.getByRole("link");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeHidden();
    await pressUntilFocused(page, button, "Tab", 5);
    await expectFocusVisible(page);

    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(menu).toBeVisible();
    const count = await links.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      await page.keyboard.press("Tab");
      await expect(links.nth(i)).toBeFocused();
      await expectFocusVisible(page);
    }
    await page.keyboard.press("Tab");
    await expect(toggle(page)).toBeFocused(); // the header's last stop, after the menu
    await expectNoAxeViolations(page); // the open menu too
    await page.keyboard.press("Shift+Tab");
    await expect(links.last()).toBeFocused();

    // Escape from inside the menu closes it and puts focus back on the button.
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press("Space");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(menu).toBeVisible();
    await page.keyboard.press("Space");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeHidden();
    // Closed, its links are no Tab stops: the next one is the theme toggle.
    await page.keyboard.press("Tab");
    await expect(toggle(page)).toBeFocused();

    // Open it and follow a link with Enter.
    await pressUntilFocused(page, button, "Shift+Tab", 5);
    await page.keyboard.press("Enter");
    await pressUntilFocused(page, menu.getByRole("link", { name: "标签" }), "Tab", count);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/tags\/$/);
  });
});

test.describe("keyboard, desktop: the menu", () => {
  test.use(DESKTOP);
  test("has no button; its links are plain Tab stops", async ({ page }) => {
    await page.goto("/");
    await expectTheme(page, "light");
    await expect(page.getByRole("button", { name: "菜单" })).toBeHidden();
    const links = page.getByRole("navigation", { name: "主菜单" }).getByRole("link");
    await pressUntilFocused(page, links.first(), "Tab", 6);
    const count = await links.count();
    for (let i = 1; i < count; i++) {
      await page.keyboard.press("Tab");
      await expect(links.nth(i)).toBeFocused();
      await expectFocusVisible(page);
    }
    await page.keyboard.press("Tab");
    await expect(toggle(page)).toBeFocused();
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
        await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.fulfill({ status: 404, body: "" }));
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
