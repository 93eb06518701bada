import { env } from "../env";

// Behind a load balancer the first X-Forwarded-For hop is the client; set TRUST_PROXY=false when nothing in front sets it.
export function clientIpFrom(headers: Headers): string | null {
  if (env().TRUST_PROXY === "true") {
    const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
    const real = headers.get("x-real-ip")?.trim();
    if (real) return real;
  }
  return null;
}
