import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Locale routing only; permissions are never decided here.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
