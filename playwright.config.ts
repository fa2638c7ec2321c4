import { execSync } from "node:child_process";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where present (this machine and CI); elsewhere Playwright's own browser.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const PORT = Number(process.env.E2E_PORT || 3210);
// A second site built from e2e/fixtures/hostile (hostile Markdown and front matter) into .next-hostile.
const HOSTILE_PORT = PORT + 1;
// The static export served by nginx (scripts/nginx.conf); .ci/run installs nginx.
const STATIC_PORT = PORT + 2;
const hasNginx = (() => {
  try {
    execSync("command -v nginx || ls /usr/sbin/nginx", { stdio: "ignore", shell: "/bin/sh" });
    return true;
  } catch {
    console.warn(
      "nginx is not installed: the static-export journeys (e2e/static.spec.ts) do not run. .ci/run installs it.",
    );
    return false;
  }
})();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "reader", testIgnore: /(hostile|static)\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "hostile",
      testMatch: /hostile\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${HOSTILE_PORT}` },
    },
    ...(hasNginx
      ? [
          {
            name: "static",
            testMatch: /(static|odd-urls|urls)\.spec\.ts/,
            use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${STATIC_PORT}` },
          },
        ]
      : []),
  ],
  // Playwright starts the servers and stops them when done. scripts/e2e-builds.sh (run by
  // `npm run test:e2e`) made the three builds they serve: the site, the hostile-content site and
  // the static export.
  webServer: [
    {
      command: `npx next start -H 127.0.0.1 -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${HOSTILE_PORT}`,
      env: { CONTENT_DIR: "e2e/fixtures/hostile", NEXT_DIST_DIR: ".next-hostile" },
      url: `http://127.0.0.1:${HOSTILE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(hasNginx
      ? [
          {
            command: `bash scripts/serve-export-nginx.sh ${STATIC_PORT}`,
            url: `http://127.0.0.1:${STATIC_PORT}/`,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
