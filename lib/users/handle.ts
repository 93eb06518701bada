import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { users } from "../../db/schema";
import { slugify } from "../posts/slugify";

function baseHandle(name: string, email: string): string {
  const fromName = slugify(name, 24);
  if (fromName.length >= 3) return fromName;
  return (
    (email.split("@")[0] ?? "member")
      .replace(/[^a-z0-9]+/gi, "-")
      .toLowerCase()
      .slice(0, 24) || "member"
  );
}

// A readable, unique public handle: "ana-lopez", then "ana-lopez-2", …
export async function uniqueHandle(db: Executor, name: string, email: string): Promise<string> {
  const base = baseHandle(name, email);
  const rows = await db
    .select({ handle: users.handle })
    .from(users)
    .where(sql`lower(${users.handle}) = ${base} or lower(${users.handle}) like ${`${base}-%`}`);
  const taken = new Set(rows.map((r) => r.handle.toLowerCase()));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
