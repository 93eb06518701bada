import { createHash } from "node:crypto";

// Members count by id; visitors by a hash of address and browser, so no raw IP is stored.
export function viewerKeyOf(userId: string | null, ip: string | null, userAgent: string | null): string {
  if (userId) return `u:${userId}`;
  return `a:${createHash("sha256")
    .update(`${ip ?? "-"}|${userAgent ?? "-"}`)
    .digest("base64url")
    .slice(0, 22)}`;
}
