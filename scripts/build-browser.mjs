// Bundles the site's browser code (components/browser/site.ts: menu, theme, reading choices,
// search) into public/js/: site.js, plus chunks loaded only when used (the script converters, the
// search query folding). No framework; about 3 KB gzip before any chunk. Run by `npm run dev`,
// `npm run build` and `npm run export` (their pre- scripts) and by scripts/e2e-builds.sh.
//
//   node scripts/build-browser.mjs
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const outdir = path.join(root, "public", "js");
fs.rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ["components/browser/site.ts"],
  bundle: true,
  splitting: true,
  format: "esm",
  target: "es2020",
  minify: true,
  legalComments: "none",
  outdir,
  entryNames: "[name]",
  chunkNames: "[name]-[hash]",
  external: ["/pagefind/*"],
  metafile: true,
  logLevel: "warning",
});
const outputs = Object.entries(result.metafile.outputs);
const site = outputs.find(([file]) => file.endsWith("/site.js"));
console.log(
  `browser: public/js/site.js ${(site[1].bytes / 1024).toFixed(1)} KB, and ${outputs.length - 1} chunks loaded when used`,
);
