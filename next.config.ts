import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A second build (the e2e suite's hostile-content site) goes to its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // Articles are read at request time for pages that were not prebuilt: ship the content with the server.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default nextConfig;
