import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { profileSettings, users } from "../../db/schema";

export type ProfileUser = { id: string; name: string | null; handle: string; createdAt: Date; hideFromSearchEngines: boolean };

// Handles are matched case-insensitively, like the unique index; a deleted member has no profile.
export async function findProfile(db: Executor, handle: string): Promise<ProfileUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      handle: users.handle,
      createdAt: users.createdAt,
      hideFromSearchEngines: sql<boolean>`coalesce(${profileSettings.hideFromSearchEngines}, false)`,
    })
    .from(users)
    .leftJoin(profileSettings, eq(profileSettings.userId, users.id))
    .where(and(sql`lower(${users.handle}) = ${handle.toLowerCase()}`, isNull(users.deletedAt)));
  return row ?? null;
}
