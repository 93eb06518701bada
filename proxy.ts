import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";
import { serveCachedThread } from "./lib/page-cache/serve-cached-thread";

const intl = createMiddleware(routing);

// Locale routing, and the shared page cache for visitors; permissions are never decided here.
export default async function proxy(request: NextRequest) {
  const routed = intl(request);
  if (routed.headers.get("x-middleware-next") !== "1") return routed;
  const cached = await serveCachedThread(request);
  if (!cached) return routed;
  for (const cookie of routed.headers.getSetCookie()) cached.headers.append("set-cookie", cookie);
  return cached;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
