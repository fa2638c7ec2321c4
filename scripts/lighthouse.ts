/**
 * npm run lighthouse [-- --articles N]
 *
 * Builds the site from generated articles whose images are served locally (so no remote request
 * can fail), starts it on loopback, runs Lighthouse 12 (mobile preset) in Debian's Chromium (or
 * CHROME_PATH, or Playwright's) on the home page and an article, prints the four scores per page and
 * stops the server. A measurement, not a test.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium";
import { generateArticles } from "./generate-articles";
import { waitForServer } from "./measure";

const ROOT = process.cwd();
const DIST = ".next-lighthouse";
const PORT = 3800 + Math.floor(Math.random() * 100);
const argv = process.argv.slice(2);
const count = Number(argv[argv.indexOf("--articles") + 1]) || 30;

function chromePath(): string {
  return process.env.CHROME_PATH || systemChromium() || chromium.executablePath();
}

async function main() {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-content-"));
  generateArticles(content, count);
  const env = { ...process.env, CONTENT_DIR: content, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" };
  console.log(`building ${count} generated articles (local images) into ${DIST}…`);
  const build = spawnSync("npx", ["next", "build"], { cwd: ROOT, env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(build.stdout + build.stderr);

  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: ROOT,
    env,
    detached: true,
  });
  const base = `http://127.0.0.1:${PORT}`;
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
  });
  try {
    await waitForServer(`${base}/`);
    const pages = { home: "/", article: "/posts/bench-000001/" };
    const rows: string[] = [];
    for (const [name, url] of Object.entries(pages)) {
      const result = await lighthouse(`${base}${url}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      const c = result!.lhr.categories;
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      rows.push(
        `${name.padEnd(8)} performance ${score("performance")}  accessibility ${score("accessibility")}  best-practices ${score("best-practices")}  seo ${score("seo")}`,
      );
      const failed = Object.values(result!.lhr.audits).filter(
        (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary",
      );
      if (failed.length) rows.push(`         below 100 because of: ${failed.map((a) => a.id).join(", ")}`);
    }
    console.log(`\nLighthouse 12 (mobile preset), ${base}\n${rows.join("\n")}`);
  } finally {
    await chrome.kill();
    process.kill(-server.pid!, "SIGTERM");
    fs.rmSync(content, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
