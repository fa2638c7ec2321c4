// Before a build: remove the pages the previous build's server rendered on request and cached
// (<distDir>/server/route-cache). `next build` keeps them, and they name the previous build's
// JavaScript files, which no longer exist.
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve(process.env.NEXT_DIST_DIR || ".next", "server", "route-cache");
fs.rmSync(dir, { recursive: true, force: true });
