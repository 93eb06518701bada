import "server-only";
import { and, asc, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { answerVerifications, posts, questions, users } from "../../db/schema";
import { sqlNow, verificationStateOf } from "./in-force";

const authors = alias(users, "authors");
const QUEUE_LIMIT = 100;

// The brand's verifications that need staff again (edited since, or past their validity), the longest waiting first.
export async function listReviewQueue(db: Executor, brandId: string, now: Date = new Date()) {
  const v = answerVerifications;
  const expired = sql`(${v.reviewSince} is null and ${v.expiresAt} <= ${sqlNow(now)})`;
  const waiting = and(
    eq(v.brandId, brandId),
    isNull(v.withdrawnAt),
    isNull(posts.deletedAt),
    isNull(questions.deletedAt),
    or(isNotNull(v.reviewSince), expired),
  );
  const [rows, [counts]] = await Promise.all([
    db
      .select({
        postId: v.postId,
        questionId: v.questionId,
        verifiedAt: v.verifiedAt,
        expiresAt: v.expiresAt,
        reviewSince: v.reviewSince,
        note: v.note,
        appliesTo: v.appliesTo,
        verifierName: sql<string>`coalesce(${users.name}, ${users.handle})`,
        title: questions.title,
        slug: questions.slug,
        locale: questions.locale,
        body: posts.body,
        authorName: sql<string>`coalesce(${authors.name}, ${authors.handle})`,
      })
      .from(v)
      .innerJoin(posts, eq(posts.id, v.postId))
      .innerJoin(questions, eq(questions.id, v.questionId))
      .innerJoin(users, eq(users.id, v.verifiedById))
      .innerJoin(authors, eq(authors.id, posts.authorId))
      .where(waiting)
      .orderBy(asc(sql`coalesce(${v.reviewSince}, ${v.expiresAt})`), asc(v.id))
      .limit(QUEUE_LIMIT),
    db
      .select({
        underReview: sql<number>`count(*) filter (where ${v.reviewSince} is not null)::int`,
        expired: sql<number>`count(*) filter (where ${expired})::int`,
      })
      .from(v)
      .innerJoin(posts, eq(posts.id, v.postId))
      .innerJoin(questions, eq(questions.id, v.questionId))
      .where(waiting),
  ]);
  const items = rows.map((row) => ({ ...row, state: verificationStateOf({ withdrawnAt: null, reviewSince: row.reviewSince, expiresAt: row.expiresAt }, now) }));
  return { items, underReview: counts?.underReview ?? 0, expired: counts?.expired ?? 0 };
}

export type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;
