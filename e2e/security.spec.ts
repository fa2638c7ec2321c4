import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { SEED } from "./support";

test("the Node host sends the security headers, and pages, search and dark mode work under the CSP", async ({
  page,
  request,
}) => {
  for (const url of ["/", SEED, "/index.xml"]) {
    const h = (await request.get(url)).headers();
    expect(h["content-security-policy"], url).toContain("script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'");
    expect(h["x-frame-options"], url).toBe("DENY");
    expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], url).toContain("camera=()");
  }
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/search/?q=%E4%BA%9A%E9%A9%AC%E9%80%8A");
  await expect(page.locator("main ol > li").first()).toBeVisible();
  await page.getByRole("button", { name: "深色模式" }).click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  expect(violations).toEqual([]);
});

test("unknown URLs leave nothing on the Node host's disk, and a refused method says what is allowed", async ({
  request,
}) => {
  const names = Array.from({ length: 20 }, (_, i) => `no-such-article-${Date.now()}-${i}`);
  for (const n of names) expect((await request.get(`/posts/${n}/`)).status()).toBe(404);
  const cacheDir = path.join(".next", "server", "route-cache");
  const written = fs.existsSync(cacheDir)
    ? (fs.readdirSync(cacheDir, { recursive: true }) as string[]).filter((f) => names.some((n) => f.includes(n)))
    : [];
  expect(written).toEqual([]);
  const options = await request.fetch("/posts/2026-11-05-yield-curve/", { method: "OPTIONS" });
  expect(options.status()).toBe(405);
  expect(options.headers().allow).toMatch(/GET/);
});
