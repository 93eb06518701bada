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
  return awarded;
}
