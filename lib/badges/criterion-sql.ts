import { type SQL, sql } from "drizzle-orm";
import { verificationInForce } from "../verifications/in-force";
import type { BadgeCriterion } from "./catalogue";

// brandId null: count every brand (a site badge).
export type CriterionSubject = { userId: string; brandId: string | null };

function brandFilter(brandId: string | null): SQL {
  return brandId ? sql`and questions.brand_id = ${brandId}::uuid` : sql``;
}

// The member's live posts of one kind on live threads.
function ownPosts(kind: "question" | "answer", s: CriterionSubject): SQL {
  return sql`posts join questions on questions.id = posts.question_id
    where posts.author_id = ${s.userId}::uuid and posts.kind = ${kind} and posts.deleted_at is null and questions.deleted_at is null ${brandFilter(s.brandId)}`;
}

// The post that reached the n-th qualifying row, ordered by when it qualified: the badge points at it.
function nth(n: number): SQL {
  return sql`offset ${n - 1} limit 1`;
}

const verifiedInForce = sql`exists (select 1 from answer_verifications where answer_verifications.post_id = posts.id and ${verificationInForce()})`;

// A select of one column, post_id, with a row exactly when the subject meets the criterion.
export function criterionSql(criterion: BadgeCriterion, s: CriterionSubject): SQL {
  switch (criterion.kind) {
    case "questions":
      return sql`select posts.id as post_id from ${ownPosts("question", s)} order by posts.created_at, posts.id ${nth(criterion.atLeast)}`;
    case "answers":
      return sql`select posts.id as post_id from ${ownPosts("answer", s)} order by posts.created_at, posts.id ${nth(criterion.atLeast)}`;
    case "accepted_answers":
      // Accepting one's own answer on one's own question helps nobody else.
      return sql`select posts.id as post_id from ${ownPosts("answer", s)}
        and questions.accepted_answer_id = posts.id and questions.author_id <> posts.author_id
        order by questions.accepted_at, posts.id ${nth(criterion.atLeast)}`;
    case "verified_answers":
      return sql`select posts.id as post_id from ${ownPosts("answer", s)} and ${verifiedInForce}
        order by posts.created_at, posts.id ${nth(criterion.atLeast)}`;
    case "answer_score":
      return sql`select posts.id as post_id from ${ownPosts("answer", s)} and posts.score >= ${criterion.atLeast}
        order by posts.created_at, posts.id limit 1`;
    case "answered_languages":
      return sql`select post_id from (
          select distinct on (questions.locale) posts.id as post_id, posts.created_at from ${ownPosts("answer", s)}
          order by questions.locale, posts.created_at, posts.id
        ) firsts order by created_at, post_id ${nth(criterion.atLeast)}`;
    case "helped_within":
      return sql`select posts.id as post_id from ${ownPosts("answer", s)}
        and questions.author_id <> posts.author_id
        and posts.created_at <= questions.created_at + make_interval(mins => ${criterion.minutes})
        and (questions.accepted_answer_id = posts.id or ${verifiedInForce})
        order by posts.created_at, posts.id limit 1`;
  }
}
