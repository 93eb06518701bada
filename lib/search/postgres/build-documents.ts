import { inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { answerVerifications, posts, questions, questionTags, searchDocuments, tags } from "../../../db/schema";
import { questionVerified } from "../../questions/solved";
import { verificationInForce } from "../../verifications/in-force";

// Caps keep one huge thread from making a huge document (a tsvector holds at most 1 MB).
const MAX_BODY_CHARS = 20_000;
const MAX_ANSWERS_CHARS = 100_000;

// The text search configuration of a post language: the stemmer after unaccent (migration 0006).
export const configOf = (locale: unknown) => sql`(case ${locale} when 'es' then 'peerdesk_spanish'::regconfig else 'peerdesk_english'::regconfig end)`;

// Rebuilds the documents of these questions in one statement; a question that is gone or deleted loses its document.
export async function buildSearchDocuments(db: Executor, questionIds: readonly number[]): Promise<void> {
  const ids = [...new Set(questionIds)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (ids.length === 0) return;
  const av = answerVerifications;
  const src = sql`
    select ${questions.id} as question_id, ${questions.brandId} as brand_id, ${questions.categoryId} as category_id, ${questions.locale} as locale,
      ${questions.title} as title, left(qp.body, ${MAX_BODY_CHARS}) as body, ${questions.answerCount} as answer_count,
      ${questions.acceptedAnswerId} is not null as accepted, ${questions.score} as score, ${questions.createdAt} as created_at,
      coalesce((select array_agg(${tags.name} order by ${tags.name}) from ${questionTags} join ${tags} on ${tags.id} = ${questionTags.tagId}
        where ${questionTags.questionId} = ${questions.id}), '{}') as tags,
      coalesce((select left(string_agg(a.body, ' ' order by a.score desc, a.id), ${MAX_ANSWERS_CHARS}) from ${posts} a
        where a.question_id = ${questions.id} and a.kind = 'answer' and a.deleted_at is null), '') as answers,
      ${questionVerified()} as verified,
      (select case when bool_or(${av.expiresAt} is null) then null else max(${av.expiresAt}) end from ${av} join ${posts} vp on vp.id = ${av.postId} and vp.deleted_at is null
        where ${av.questionId} = ${questions.id} and ${verificationInForce()}) as verified_until
    from ${questions} join ${posts} qp on qp.question_id = ${questions.id} and qp.kind = 'question'
    where ${inArray(questions.id, ids)} and ${questions.deletedAt} is null`;
  await db.execute(sql`
    with src as (${src})
    insert into ${searchDocuments} (question_id, brand_id, category_id, locale, title, body, tags, answer_count, accepted, verified, verified_until, score, created_at, document, indexed_at)
    select question_id, brand_id, category_id, locale, title, body, tags, answer_count, accepted, verified, verified_until, score, created_at,
      setweight(to_tsvector(${configOf(sql`locale`)}, title), 'A')
        || setweight(to_tsvector(${configOf(sql`locale`)}, array_to_string(tags, ' ')), 'B')
        || setweight(to_tsvector(${configOf(sql`locale`)}, body), 'C')
        || setweight(to_tsvector(${configOf(sql`locale`)}, answers), 'D'),
      now()
    from src
    on conflict (question_id) do update set brand_id = excluded.brand_id, category_id = excluded.category_id, locale = excluded.locale,
      title = excluded.title, body = excluded.body, tags = excluded.tags, answer_count = excluded.answer_count, accepted = excluded.accepted,
      verified = excluded.verified, verified_until = excluded.verified_until, score = excluded.score, created_at = excluded.created_at,
      document = excluded.document, indexed_at = excluded.indexed_at`);
  await db.execute(sql`
    delete from ${searchDocuments} where ${inArray(searchDocuments.questionId, ids)}
      and not exists (select 1 from ${questions} where ${questions.id} = ${searchDocuments.questionId} and ${questions.deletedAt} is null)`);
}

export async function removeSearchDocuments(db: Executor, questionIds: readonly number[]): Promise<void> {
  const ids = [...new Set(questionIds)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (ids.length === 0) return;
  await db.delete(searchDocuments).where(inArray(searchDocuments.questionId, ids));
}
