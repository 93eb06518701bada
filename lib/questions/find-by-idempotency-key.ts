import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { posts, questions } from "../../db/schema";

// Keys are stored scoped ("ask:<brand>:<key>", "answer:<question>:<key>"), so one key never matches a post of another kind or thread.
// A form submitted twice (double click, retry after a timeout) finds the post the first submission made.
export async function findByIdempotencyKey(db: Executor, authorId: string, key: string) {
  const [row] = await db
    .select({ postId: posts.id, questionId: posts.questionId, slug: questions.slug, kind: posts.kind })
    .from(posts)
    .innerJoin(questions, eq(questions.id, posts.questionId))
    .where(and(eq(posts.authorId, authorId), eq(posts.idempotencyKey, key)));
  return row ?? null;
}

// Held to the end of the transaction: a second submission sent at the same moment waits here, then finds the first one's row.
export async function lockIdempotencyKey(tx: Executor, authorId: string, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`idempotency:${authorId}:${key}`}, 0))`);
}
