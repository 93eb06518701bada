import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { brands, userBadges } from "../../db/schema";
import { BADGES, badgeBySlug } from "../badges/catalogue";

// A member's badges in catalogue order (gold first), each with the brand it was earned in.
export async function memberBadges(db: Executor, userId: string) {
  const rows = await db
    .select({ badge: userBadges.badge, awardedAt: userBadges.awardedAt, brandSlug: brands.slug, brandName: brands.name, brandDeletedAt: brands.deletedAt })
    .from(userBadges)
    .leftJoin(brands, eq(brands.id, userBadges.brandId))
    .where(eq(userBadges.userId, userId))
    .orderBy(desc(userBadges.awardedAt));
  const tierOrder = { gold: 0, silver: 1, bronze: 2 } as const;
  return rows
    .filter((r) => !r.brandDeletedAt && badgeBySlug(r.badge))
    .map((r) => ({ ...r, definition: badgeBySlug(r.badge)! }))
    .sort(
      (a, b) =>
        tierOrder[a.definition.tier] - tierOrder[b.definition.tier] ||
        BADGES.findIndex((x) => x.slug === a.badge) - BADGES.findIndex((x) => x.slug === b.badge),
    );
}
