import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";

export type RelatedQuestion = { id: number; slug: string; title: string; answerCount: number; accepted: boolean; score: number };

// Same brand, similar title (trigrams) or shared tags; solved threads first among equals.
export async function relatedQuestions(db: Executor, q: { id: number; brandId: string; title: string }, limit = 6): Promise<RelatedQuestion[]> {
  const rows = await db.execute<{ id: string; slug: string; title: string; answer_count: number; accepted: boolean; score: number }>(sql`
    with mine as (select tag_id from question_tags where question_id = ${q.id})
    select q.id, q.slug, q.title, q.answer_count, q.accepted_answer_id is not null as accepted, q.score
    from questions q
    where q.brand_id = ${q.brandId} and q.id <> ${q.id} and q.deleted_at is null
      and (q.title % ${q.title} or exists (select 1 from question_tags qt where qt.question_id = q.id and qt.tag_id in (select tag_id from mine)))
    order by similarity(q.title, ${q.title})
           + 0.15 * (select count(*) from question_tags qt where qt.question_id = q.id and qt.tag_id in (select tag_id from mine))
           + case when q.accepted_answer_id is not null then 0.05 else 0 end desc,
           q.id desc
    limit ${limit}`);
  return rows.map((r) => ({ id: Number(r.id), slug: r.slug, title: r.title, answerCount: r.answer_count, accepted: r.accepted, score: r.score }));
}
