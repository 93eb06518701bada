import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { BADGES } from "./catalogue";

export type BadgeHolder = { handle: string; name: string | null; brandName: string | null; awardedAt: string };
export type BadgeHolders = { slug: string; holders: number; recent: BadgeHolder[] };

// For every badge in one query: how many members hold it, and the latest few, read through the (badge, awarded_at) index.
export async function badgeHolders(db: Executor, recentPerBadge = 5): Promise<Map<string, BadgeHolders>> {
  const slugs = sql.join(
    BADGES.map((b) => sql`${b.slug}`),
    sql`, `,
  );
  const rows = (await db.execute(sql`
    select catalogue.badge_slug as slug,
      (select count(distinct user_badges.user_id) from user_badges join users on users.id = user_badges.user_id and users.deleted_at is null
        where user_badges.badge = catalogue.badge_slug)::int as holders,
      coalesce((select json_agg(json_build_object('handle', r.handle, 'name', r.name, 'brandName', r.brand_name, 'awardedAt', r.awarded_at) order by r.awarded_at desc)
        from (select users.handle, users.name, brands.name as brand_name, user_badges.awarded_at
          from user_badges join users on users.id = user_badges.user_id and users.deleted_at is null
          left join brands on brands.id = user_badges.brand_id
          where user_badges.badge = catalogue.badge_slug and (brands.id is null or brands.deleted_at is null)
          order by user_badges.awarded_at desc limit ${recentPerBadge}) r), '[]') as recent
    from unnest(array[${slugs}]::text[]) as catalogue(badge_slug)`)) as unknown as BadgeHolders[];
  return new Map(rows.map((r) => [r.slug, r]));
}
