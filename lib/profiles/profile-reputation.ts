import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { brands, reputationTotals } from "../../db/schema";

// The member's reputation in each live brand where they have any, highest first.
export async function reputationByBrand(db: Executor, userId: string) {
  return db
    .select({ brandId: brands.id, slug: brands.slug, name: brands.name, color: brands.color, reputation: reputationTotals.total })
    .from(reputationTotals)
    .innerJoin(brands, and(eq(brands.id, reputationTotals.brandId), isNull(brands.deletedAt)))
    .where(eq(reputationTotals.userId, userId))
    .orderBy(desc(reputationTotals.total), brands.name);
}
