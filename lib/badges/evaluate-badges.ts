import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { BADGES } from "./catalogue";
import { criterionSql } from "./criterion-sql";

export type AwardedBadge = { badge: string; brandId: string | null; postId: number | null };

// One statement judges every badge for (member, brand) and inserts what is missing; a race or a rerun finds the unique key and does nothing.
export async function evaluateBadges(db: Executor, userId: string, brandId: string): Promise<AwardedBadge[]> {
  const branches = BADGES.map((badge) => {
    const scopeBrand = badge.scope === "brand" ? brandId : null;
    const held = scopeBrand ? sql`user_badges.brand_id = ${scopeBrand}::uuid` : sql`user_badges.brand_id is null`;
    return sql`(select ${badge.slug}::text as badge, ${scopeBrand}::uuid as brand_id, earned.post_id
      from (${criterionSql(badge.criterion, { userId, brandId: scopeBrand })}) earned
      where not exists (select 1 from user_badges where user_badges.user_id = ${userId}::uuid and user_badges.badge = ${badge.slug} and ${held}))`;
  });
  const rows = await db.execute<{ badge: string; brand_id: string | null; post_id: string | number | null }>(sql`
    insert into user_badges (user_id, badge, brand_id, post_id)
    select ${userId}::uuid, candidates.badge, candidates.brand_id, candidates.post_id
    from (${sql.join(branches, sql` union all `)}) candidates
    where exists (select 1 from users where users.id = ${userId}::uuid and users.deleted_at is null)
    on conflict on constraint user_badges_once_key do nothing
    returning badge, brand_id, post_id`);
  return [...rows].map((r) => ({ badge: r.badge, brandId: r.brand_id, postId: r.post_id === null ? null : Number(r.post_id) }));
}
