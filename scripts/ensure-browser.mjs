// Playwright needs a Chromium. Use Debian's (/usr/bin/chromium) or PLAYWRIGHT_CHROMIUM_PATH when
// present; otherwise make sure Playwright's own browser is installed (ordinary machines).
import { execSync } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";

const system = process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium";
if (fs.existsSync(system)) process.exit(0);
if (fs.existsSync(chromium.executablePath())) process.exit(0);
console.log("No Chromium found: installing Playwright's own (npx playwright install chromium)…");
execSync("npx playwright install chromium", { stdio: "inherit" });
