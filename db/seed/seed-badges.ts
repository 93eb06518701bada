import { sql } from "drizzle-orm";
import { evaluateBadges } from "../../lib/badges/evaluate-badges";
import type { Db } from "../client";

// The demo threads were written through the verbs; this judges every member's badges at once instead of waiting for the worker.
export async function seedDemoBadges(db: Db): Promise<number> {
  const pairs = (await db.execute(sql`
    select distinct posts.author_id as user_id, questions.brand_id
    from posts join questions on questions.id = posts.question_id
    order by 1, 2`)) as unknown as { user_id: string; brand_id: string }[];
  let awarded = 0;
  for (const pair of pairs) awarded += (await evaluateBadges(db, pair.user_id, pair.brand_id)).length;
  // The demo story spans months: date each badge by the last thing that happened to its post, not by seeding day.
  await db.execute(sql`
    update user_badges set awarded_at = least(now(), greatest(
      posts.created_at,
      case when questions.accepted_answer_id = posts.id then questions.accepted_at end,
      (select max(verified_at) from answer_verifications where answer_verifications.post_id = posts.id),
      (select max(votes.created_at) from votes where votes.post_id = posts.id)
    ) + interval '1 minute')
    from posts join questions on questions.id = posts.question_id
    where posts.id = user_badges.post_id`);
  return awarded;
}
