import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** An author's loop: `npm run new` writes a draft, the dev server shows it, `npm run check` passes. */
test("new → dev server shows the draft → check passes", async ({ page }) => {
  test.setTimeout(180_000);
  const content = fs.mkdtempSync(path.join(os.tmpdir(), "authoring-"));
  fs.copyFileSync("content/000_bd8401d927c5eba6.md", path.join(content, "000_bd8401d927c5eba6.md"));
  const env = { ...process.env, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: "1" };

  const created = execFileSync(
    "npx",
    ["tsx", "scripts/new-article.ts", "端到端测试：新草稿", "--tags", "测试,草稿", "--category", "编辑部"],
    { env, encoding: "utf8" },
  ).trim();
  expect(created).toMatch(/\d{4}-\d{2}-\d{2}-\d{6}\.md$/);
  const file = path.resolve(created);
  expect(fs.readFileSync(file, "utf8")).toContain("draft: true");
  const slug = path.basename(file, ".md");

  const port = 3213;
  const dev = spawn("npx", ["next", "dev", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...env, NEXT_DIST_DIR: ".next-dev-e2e" },
    detached: true,
    stdio: "ignore",
  });
  try {
    let res = null;
    for (let i = 0; i < 150 && !res?.ok(); i++) {
      res = await page.request.get(`http://127.0.0.1:${port}/posts/${slug}/`, { timeout: 60_000 }).catch(() => null);
      if (!res?.ok()) await page.waitForTimeout(400);
    }
    expect(res?.status()).toBe(200);
    await page.goto(`http://127.0.0.1:${port}/posts/${slug}/`);
    await expect(page.locator("h1")).toHaveText("端到端测试：新草稿");
    await expect(page.locator("main").getByRole("link", { name: "测试" })).toBeVisible();
  } finally {
    process.kill(-dev.pid!, "SIGTERM");
  }

  const check = execFileSync("npx", ["tsx", "scripts/check.ts"], { env, encoding: "utf8" });
  expect(check).toMatch(/2 file\(s\), 2 article\(s\) \(drafts included\), 0 error\(s\), 0 warning\(s\)/);
  fs.rmSync(content, { recursive: true, force: true });
});
