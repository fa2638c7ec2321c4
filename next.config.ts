import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // Articles are read at request time for pages that were not prebuilt: ship the content with the server.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default nextConfig;
