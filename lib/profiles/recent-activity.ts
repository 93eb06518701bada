import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";

export type ActivityItem =
  | { kind: "question" | "answer"; at: Date; postId: number; questionId: number; title: string; slug: string; brandSlug: string }
  | { kind: "badge"; at: Date; badge: string; brandSlug: string | null; brandName: string | null };

type Row = {
  kind: string;
  at: string | Date;
  post_id: string | null;
  question_id: string | null;
  title: string | null;
  slug: string | null;
  brand_slug: string | null;
  brand_name: string | null;
  badge: string | null;
};

// The member's latest public posts and badges, newest first, in one query.
export async function recentActivity(db: Executor, userId: string, limit = 10): Promise<ActivityItem[]> {
  const rows = (await db.execute(sql`
    (select posts.kind::text as kind, posts.created_at as at, posts.id as post_id, questions.id as question_id, questions.title, questions.slug,
        brands.slug as brand_slug, brands.name as brand_name, null::text as badge
      from posts join questions on questions.id = posts.question_id and questions.deleted_at is null
      join brands on brands.id = questions.brand_id and brands.deleted_at is null
      where posts.author_id = ${userId}::uuid and posts.deleted_at is null
      order by posts.created_at desc limit ${limit})
    union all
    (select 'badge', user_badges.awarded_at, null, null, null, null, brands.slug, brands.name, user_badges.badge
      from user_badges left join brands on brands.id = user_badges.brand_id
      where user_badges.user_id = ${userId}::uuid and (user_badges.brand_id is null or brands.deleted_at is null)
      order by user_badges.awarded_at desc limit ${limit})
    order by at desc limit ${limit}`)) as unknown as Row[];
  return rows.map((r): ActivityItem => {
    const at = new Date(r.at);
    if (r.kind === "badge") return { kind: "badge", at, badge: r.badge!, brandSlug: r.brand_slug, brandName: r.brand_name };
    return {
      kind: r.kind as "question" | "answer",
      at,
      postId: Number(r.post_id),
      questionId: Number(r.question_id),
      title: r.title!,
      slug: r.slug!,
      brandSlug: r.brand_slug!,
    };
  });
}
