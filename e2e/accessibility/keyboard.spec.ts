import { expect, test, type Page } from "@playwright/test";
import { blockNetwork, SEED, SEED_TITLE } from "../support";
import {
  DESKTOP,
  expectNoAxeViolations,
  expectTheme,
  FULL_ARTICLE,
  PHONE,
  pressUntilFocused,
  QUERY,
  toggle,
  WIDTHS,
} from "./helpers";

/**
 * Accessibility, with the keyboard alone: the skip link, a visible focus on every Tab stop, the
 * header in visual order, the phone menu, the theme toggle, search, an article's contents and
 * pager. What axe finds is axe.spec.ts.
 */

const PAGER_ARTICLE = "/posts/2026-11-22-ev-price-war/";

test.beforeEach(({ context }) => blockNetwork(context));

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
    const name = (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 40);
    return {
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${name}"`,
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
      // The first row (site name, menu, theme), then the reading controls on a row under it.
      const prefs = ["原文", "简", "繁", "全部", "中文", "English"];
      expect(stops.map((s) => s.name)).toEqual(
        width === "phone"
          ? ["新闻阅读", "☰ 菜单", "深色模式", ...prefs]
          : ["新闻阅读", "首页", "分类", "标签", "归档", "深色模式", ...prefs],
      );
      // Read as the eye reads: left to right along a row, then down to the next row.
      for (let i = 1; i < stops.length; i++) {
        const sameRow = Math.abs(stops[i].y - stops[i - 1].y) < 24;
        if (sameRow) expect(stops[i].x, stops[i].name).toBeGreaterThan(stops[i - 1].x);
        else expect(stops[i].y, stops[i].name).toBeGreaterThan(stops[i - 1].y);
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
      await expect(page.locator("h1")).toHaveText("寒潮蓝色预警：北方多地气温将骤降8至10摄氏度");
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
