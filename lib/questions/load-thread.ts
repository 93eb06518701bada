import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { answerVerifications, brands, categories, comments, follows, posts, questions, questionTags, tags, users, votes } from "../../db/schema";
import type { Guardian } from "../permissions/guardian";
import { verificationInForce, verificationStateOf } from "../verifications/in-force";
import { questionSolved } from "./solved";

export const ANSWERS_PER_PAGE = 30;
export type AnswerOrder = "votes" | "date";
const verifiers = alias(users, "verifiers");

// A thread in a fixed number of queries whatever its size: question, posts page, comments, tags, the viewer's votes, follow.
export async function loadThread(db: Executor, guardian: Guardian, questionId: number, options: { order?: AnswerOrder; page?: number; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const [head] = await db
    .select({ question: questions, brand: brands, categoryName: categories.name, categorySlug: categories.slug, solved: sql<boolean>`${questionSolved(now)}` })
    .from(questions)
    .innerJoin(brands, eq(brands.id, questions.brandId))
    .leftJoin(categories, eq(categories.id, questions.categoryId))
    .where(eq(questions.id, questionId));
  if (!head || !guardian.canSeeQuestion(head.brand, head.question)) return null;
  const { question, brand } = head;
  const moderator = guardian.canModeratePosts(brand);
  const viewerId = guardian.viewer.id;

  // Deleted answers stay visible to the brand's staff and to their own author.
  const visible: SQL | undefined = moderator ? undefined : viewerId ? or(isNull(posts.deletedAt), eq(posts.authorId, viewerId)) : isNull(posts.deletedAt);
  const order = options.order ?? "votes";
  const page = Math.max(options.page ?? 1, 1);
  const accepted = question.acceptedAnswerId ?? 0;

  const postColumns = {
    id: posts.id,
    kind: posts.kind,
    body: posts.body,
    score: posts.score,
    authorId: posts.authorId,
    questionId: posts.questionId,
    commentCount: posts.commentCount,
    revisionCount: posts.revisionCount,
    createdAt: posts.createdAt,
    updatedAt: posts.updatedAt,
    deletedAt: posts.deletedAt,
    authorName: users.name,
    authorHandle: users.handle,
  };
  const verificationColumns = {
    vId: answerVerifications.id,
    vVerifiedAt: answerVerifications.verifiedAt,
    vExpiresAt: answerVerifications.expiresAt,
    vReviewSince: answerVerifications.reviewSince,
    vNote: answerVerifications.note,
    vAppliesTo: answerVerifications.appliesTo,
    vVerifierName: verifiers.name,
    vVerifierHandle: verifiers.handle,
  };
  const [questionPost, answerRows, totalAnswers, tagRows] = await Promise.all([
    db
      .select(postColumns)
      .from(posts)
      .innerJoin(users, eq(users.id, posts.authorId))
      .where(and(eq(posts.questionId, question.id), eq(posts.kind, "question")))
      .then((rows) => rows[0]),
    // The answer's live verification rides on the answers query, so verifications cost no query of their own.
    db
      .select({ ...postColumns, ...verificationColumns })
      .from(posts)
      .innerJoin(users, eq(users.id, posts.authorId))
      .leftJoin(answerVerifications, and(eq(answerVerifications.postId, posts.id), isNull(answerVerifications.withdrawnAt)))
      .leftJoin(verifiers, eq(verifiers.id, answerVerifications.verifiedById))
      .where(and(eq(posts.questionId, question.id), eq(posts.kind, "answer"), visible))
      .orderBy(
        ...(order === "votes"
          ? [desc(verificationInForce(now)), desc(sql`${posts.id} = ${accepted}`), desc(posts.score), asc(posts.createdAt)]
          : [asc(posts.createdAt)]),
        asc(posts.id),
      )
      .limit(ANSWERS_PER_PAGE)
      .offset((page - 1) * ANSWERS_PER_PAGE),
    db.$count(posts, and(eq(posts.questionId, question.id), eq(posts.kind, "answer"), visible)),
    db
      .select({ name: tags.name })
      .from(questionTags)
      .innerJoin(tags, eq(tags.id, questionTags.tagId))
      .where(eq(questionTags.questionId, question.id))
      .orderBy(asc(tags.name)),
  ]);
  if (!questionPost) return null;
  const answers = answerRows.map(({ vId, vVerifiedAt, vExpiresAt, vReviewSince, vNote, vAppliesTo, vVerifierName, vVerifierHandle, ...answer }) => ({
    ...answer,
    verification:
      vId && vVerifiedAt
        ? {
            id: vId,
            verifiedAt: vVerifiedAt,
            expiresAt: vExpiresAt,
            reviewSince: vReviewSince,
            note: vNote,
            appliesTo: vAppliesTo,
            verifierName: vVerifierName ?? vVerifierHandle ?? "",
            state: verificationStateOf({ withdrawnAt: null, reviewSince: vReviewSince, expiresAt: vExpiresAt }, now),
          }
        : null,
  }));
  const postIds = [questionPost.id, ...answers.map((a) => a.id)];
  const [commentRows, myVotes, following] = await Promise.all([
    db
      .select({
        id: comments.id,
        postId: comments.postId,
        body: comments.body,
        createdAt: comments.createdAt,
        authorId: comments.authorId,
        authorName: users.name,
        authorHandle: users.handle,
      })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(and(inArray(comments.postId, postIds), isNull(comments.deletedAt)))
      .orderBy(asc(comments.createdAt), asc(comments.id)),
    viewerId
      ? db
          .select({ postId: votes.postId, value: votes.value })
          .from(votes)
          .where(and(inArray(votes.postId, postIds), eq(votes.userId, viewerId)))
      : Promise.resolve([]),
    viewerId ? db.$count(follows, and(eq(follows.questionId, question.id), eq(follows.userId, viewerId))) : Promise.resolve(0),
  ]);
  const commentsByPost = new Map<number, typeof commentRows>();
  for (const c of commentRows) commentsByPost.set(c.postId, [...(commentsByPost.get(c.postId) ?? []), c]);
  const voteByPost = new Map(myVotes.map((v) => [v.postId, v.value]));
  return {
    brand,
    question,
    solved: head.solved,
    categoryName: head.categoryName,
    tags: tagRows.map((t) => t.name),
    questionPost,
    answers,
    totalAnswers,
    page,
    pages: Math.max(1, Math.ceil(totalAnswers / ANSWERS_PER_PAGE)),
    order,
    commentsByPost,
    voteByPost,
    following: following > 0,
  };
}

export type Thread = NonNullable<Awaited<ReturnType<typeof loadThread>>>;
