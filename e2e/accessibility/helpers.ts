import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** What both accessibility specs (axe.spec.ts, keyboard.spec.ts) walk through, and how they look. */

// Table of contents, author box, related articles and both pager links.
export const FULL_ARTICLE = "/posts/2026-11-24-shanghai-port/";
/** Found in the seed article only (净利润 is in content/2026-11-13-tsmc-results*.md too). */
export const QUERY = "亚马逊";

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
export const DESKTOP = {
  viewport: { width: 1280, height: 800 },
  isMobile: false,
  hasTouch: false,
  deviceScaleFactor: 1,
};
export const WIDTHS = [
  ["phone", PHONE],
  ["desktop", DESKTOP],
] as const;

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const readable = violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}) ${v.help}\n    at ${n.target.join(" ")}\n    ` +
        `${n.failureSummary?.replace(/\n/g, "\n    ")}`,
    ),
  );
  expect(readable, `axe violations on ${page.url()}`).toEqual([]);
}

export const toggle = (page: Page) => page.getByRole("button", { name: "深色模式" });

/** The page is hydrated (the theme toggle reports its state only then) and shows the wanted theme. */
export async function expectTheme(page: Page, theme: "light" | "dark") {
  await expect(toggle(page)).toHaveAttribute("aria-pressed", theme === "dark" ? "true" : "false");
  if (theme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  else await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
}

/** Presses `key` until `target` has focus; fails if it never does within `max` presses. */
export async function pressUntilFocused(page: Page, target: Locator, key = "Tab", max = 150): Promise<number> {
  await expect(target).toBeAttached();
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) return n;
  }
  throw new Error(`${key} × ${max} never reached ${target}`);
}
