import { execSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { origin, PORTS } from "./e2e/support";
import { CHROMIUM_FLAGS, systemChromium } from "./scripts/chromium";

// The static export is served by nginx (scripts/nginx.conf); .ci/run installs nginx.
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

/**
 * Which hosts to start: all three by default; `E2E_HOSTS=site` (or `site,static`…) starts only those,
 * to run a few specs against the one build they need while working on them.
 */
const only = process.env.E2E_HOSTS?.split(",").map((h) => h.trim());
const wanted = (name: "site" | "hostile" | "static") => !only || only.includes(name);

/** A host Playwright starts and stops; the tests begin once its home page answers. */
function host(command: string, port: number, timeout: number, env?: Record<string, string>) {
  return { command, env, url: `${origin(port)}/`, reuseExistingServer: false, timeout };
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous bounds: the suite runs on shared 2-core machines where an axe scan can take 20 s under
  // load. They bound a hang; they are not speed assertions.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: origin(PORTS.site),
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium(),
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    ...(wanted("site")
      ? [{ name: "reader", testIgnore: /(hostile|static)\.spec\.ts/, use: { ...devices["Desktop Chrome"] } }]
      : []),
    ...(wanted("hostile")
      ? [
          {
            name: "hostile",
            testMatch: /hostile\.spec\.ts/,
            use: { ...devices["Desktop Chrome"], baseURL: origin(PORTS.hostile) },
          },
        ]
      : []),
    ...(hasNginx && wanted("static")
      ? [
          {
            name: "static",
            testMatch: /(static|odd-urls|urls|days|scripts)\.spec\.ts/,
            use: { ...devices["Desktop Chrome"], baseURL: origin(PORTS.static) },
          },
        ]
      : []),
  ],
  // Playwright starts the servers and stops them when done. scripts/e2e-builds.sh (run by
  // `npm run test:e2e`) made the three builds they serve: the site, the hostile-content site (a
  // second site built from e2e/fixtures/hostile into .next-hostile) and the static export.
  webServer: [
    ...(wanted("site") ? [host(`npx next start -H 127.0.0.1 -p ${PORTS.site}`, PORTS.site, 60_000)] : []),
    ...(wanted("hostile")
      ? [
          host(`npx next start -H 127.0.0.1 -p ${PORTS.hostile}`, PORTS.hostile, 60_000, {
            CONTENT_DIR: "e2e/fixtures/hostile",
            NEXT_DIST_DIR: ".next-hostile",
          }),
        ]
      : []),
    ...(hasNginx && wanted("static")
      ? [host(`bash scripts/serve-export-nginx.sh ${PORTS.static}`, PORTS.static, 30_000)]
      : []),
  ],
});
