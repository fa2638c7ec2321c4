import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { SEED_FILE, startDevServer, whenServed } from "./support";

/** An author's loop: `npm run new` writes a draft, the dev server shows it, `npm run check` passes. */
test("new → dev server shows the draft → check passes", async ({ page }) => {
  test.setTimeout(180_000);
  const content = fs.mkdtempSync(path.join(os.tmpdir(), "authoring-"));
  fs.copyFileSync(SEED_FILE, path.join(content, path.basename(SEED_FILE)));
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

  const dev = startDevServer({ ...env, NEXT_DIST_DIR: ".next-dev-e2e" });
  try {
    const res = await whenServed(page.request, `${dev.origin}/posts/${slug}/`);
    expect(res?.status()).toBe(200);
    await page.goto(`${dev.origin}/posts/${slug}/`);
    await expect(page.locator("h1")).toHaveText("端到端测试：新草稿");
    await expect(page.locator("main").getByRole("link", { name: "测试" })).toBeVisible();
  } finally {
    dev.stop();
  }

  const check = execFileSync("npx", ["tsx", "scripts/check.ts"], { env, encoding: "utf8" });
  expect(check).toMatch(/2 file\(s\), 2 article\(s\) \(drafts included\), 0 error\(s\), 0 warning\(s\)/);
  fs.rmSync(content, { recursive: true, force: true });
});
