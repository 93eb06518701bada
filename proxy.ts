import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Locale routing only; permissions are never decided here, and visitors' cached pages are served before Next (scripts/serve.ts).
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
