import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build folder lets a dev server and the e2e build run side by side (NEXT_DIST_DIR=.next-dev).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with HTTP 403 when a signed-in user lacks a permission.
  experimental: {
    authInterrupts: true,
    // Attachments travel in server-action bodies. Both framework limits sit above the largest request the app accepts
    // (MAX_REQUEST_BYTES in lib/files/limits: 5 files × 10 MB + fields = 60 MB), so an oversize file is answered by the
    // app's own check with a Czech message, not cut off by the framework (the proxy's default is 10 MB, and a body
    // truncated there failed with HTTP 500). lib/files/limits.test.ts keeps these numbers in step.
    serverActions: { bodySizeLimit: "60mb" },
    proxyClientMaxBodySize: "60mb",
  },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
