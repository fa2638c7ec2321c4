import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { bodyCacheKey, pruneBodyCaches } from "./lib/markdown/body-cache";
import { SECURITY_HEADERS } from "./lib/security";

const staticExport = process.env.NEXT_OUTPUT === "export";
const distDir = process.env.NEXT_DIST_DIR || ".next";

/**
 * Next adds each build folder's types to the tsconfig it validates. A second build (the e2e suite's
 * hostile site and export, the benchmark's) validates a tsconfig of its own, which extends the
 * project's, so tsconfig.json stays as committed whatever folders are built. It is kept with the
 * tools' caches: Next empties the build folder first.
 */
function scratchTsconfig(dir: string): string | undefined {
  if (dir === ".next") return undefined;
  const cache = path.join("node_modules", ".cache", "tsconfig");
  const file = path.join(cache, `${path.basename(dir)}.json`);
  const root = path.relative(cache, ".");
  const config = {
    extends: `${root}/tsconfig.json`,
    include: [`${root}/next-env.d.ts`, `${root}/**/*.ts`, `${root}/**/*.tsx`],
    exclude: [`${root}/node_modules`, `${root}/out`, `${root}/.next*`],
  };
  fs.mkdirSync(cache, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** The server code's libraries, loaded from node_modules in an export build (see serverExternalPackages). */
const EXPORT_EXTERNALS = [
  "github-slugger",
  "gray-matter",
  "hast-util-from-html",
  "hast-util-raw",
  "hast-util-sanitize",
  "js-yaml",
  "katex",
  "lowlight",
  "mdast-util-math",
  "mdast-util-to-hast",
  "mdast-util-to-string",
  "remark",
  "remark-cjk-friendly",
  "remark-cjk-friendly-gfm-strikethrough",
  "remark-gfm",
  "remark-html",
  "remark-math",
  "smol-toml",
  "unist-util-visit",
];

const nextConfig: NextConfig = {
  // `npm run export`: every page written to out/ for any static host. Otherwise a Node/Vercel build.
  output: staticExport ? "export" : undefined,
  // A second build (the e2e suite's hostile-content site) goes to its own folder.
  distDir,
  // Types are checked by `npm run typecheck` (`npm test`, CI), before any build; the build does not
  // check them again (4–5 s of every build: README › Build cost). It still validates the tsconfig.
  typescript: { tsconfigPath: scratchTsconfig(distDir), ignoreBuildErrors: true },
  trailingSlash: true,
  // Next's slash redirects read a dot in the last segment as a file extension and sent the English
  // articles of the feed (`/posts/<id>.en/`) to a slashless URL; proxy.ts adds the slash instead,
  // with lib/urls.ts trailingSlashRedirect (vercel/next.js#16617, #25103).
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  // In a static export the server code runs only in the build: there the Markdown and front-matter
  // libraries are loaded by Node from node_modules rather than bundled, and Turbopack compiles ~2 MB
  // less (a cold compile ~2 s shorter). A server keeps them bundled: it starts faster, and every
  // serverless cold start pays that (first request of a process ~0.3 s vs ~0.6 s; README › Build cost).
  serverExternalPackages: staticExport ? EXPORT_EXTERNALS : [],
  reactStrictMode: true,
  // Both cores of the build machine (measured: see README › Performance); BUILD_CPUS overrides.
  experimental: {
    cpus: Number(process.env.BUILD_CPUS) || 2,
    // Pages rendered on request (articles beyond the prebuilt ones, and every 404) are cached in
    // memory only, in an LRU of at most cacheMaxMemorySize. Flushed to disk, each unknown URL would
    // leave ~17 KB in .next/server/route-cache: a crawler of random URLs would fill the disk.
    isrFlushToDisk: false,
  },
  cacheMaxMemorySize: 128 * 1024 * 1024,
  // A page or feed cached longer than this renders again before it is served (app/layout.tsx
  // `revalidate` = 15 s: served once more while it renders in the background up to here). With the
  // content folder scanned every 10 s (lib/content/live.ts), a change shows within ~45 s.
  expireTime: 30,
  // Articles are read at request time for pages that were not prebuilt: ship the content with the server.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
  // Security headers on every response of the Node host; the static export gets them from the
  // web server (scripts/nginx.conf sets the same ones).
  ...(staticExport ? {} : { headers: async () => [{ source: "/:path*", headers: SECURITY_HEADERS }] }),
};

/**
 * Inlined into the build's server code: the body renderer's key (lib/markdown/body-cache.ts; a build
 * removes the bodies of other keys), and the switch of our patch to Next (scripts/patches, applied by
 * `npm install`): no per-segment prefetch data (`__next.*.txt`) for any page. Next's client router
 * fetches it only to navigate without reloading (next/link, router.push), which this site never does:
 * every link is a plain <a>. Next renders it for every page it prerenders (the build, and a page
 * rendered or revalidated on request) by decoding the page's whole RSC payload and encoding each
 * segment again: about a quarter of the CPU of an article page (README › Build cost).
 */
export default function config(phase: string): NextConfig {
  const key = bodyCacheKey();
  if (phase === PHASE_PRODUCTION_BUILD) pruneBodyCaches(key);
  return { ...nextConfig, env: { BODY_CACHE_KEY: key, NEXT_SKIP_SEGMENT_PREFETCH_DATA: "1" } };
}
