import { type SQL, sql } from "drizzle-orm";

// A member's live answers on live threads of live brands: what a visitor can see and what profiles count.
export function publicAnswersOf(userId: string): SQL {
  return sql`posts join questions on questions.id = posts.question_id and questions.deleted_at is null
    join brands on brands.id = questions.brand_id and brands.deleted_at is null
    where posts.author_id = ${userId}::uuid and posts.kind = 'answer' and posts.deleted_at is null`;
}
