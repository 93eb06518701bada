import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { tags } from "../../db/schema";

// The names a brand has no tag for yet: using them would create tags, which is a privilege.
export async function missingTags(db: Executor, brandId: string, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const found = await db
    .select({ name: tags.name })
    .from(tags)
    .where(and(eq(tags.brandId, brandId), inArray(tags.name, [...names])));
  const existing = new Set(found.map((row) => row.name));
  return names.filter((name) => !existing.has(name));
}
