import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // `npm run export`: every page written to out/ for any static host. Otherwise a Node/Vercel build.
  output: process.env.NEXT_OUTPUT === "export" ? "export" : undefined,
  // A second build (the e2e suite's hostile-content site) goes to its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // Both cores of the build machine (measured: see README › Performance); BUILD_CPUS overrides.
  experimental: { cpus: Number(process.env.BUILD_CPUS) || 2 },
  // Articles are read at request time for pages that were not prebuilt: ship the content with the server.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default nextConfig;
