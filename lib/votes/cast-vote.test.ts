import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor, Tx } from "../../db/client";
import { auditLog, votes } from "../../db/schema";
import { deletePost } from "../posts/delete-post";
import { ctxFor, giveBrandRole, makeBrand, makeUser } from "../testing/factories";
import { answerAs, askAs, postRow, questionRow, voteTotals } from "../testing/qa";
import { giveReputation } from "../testing/reputation";
import { inRollback, ownTestDb } from "../testing/test-db";
import { castVote } from "./cast-vote";

async function makeWorld(db: Executor) {
  const brand = await makeBrand(db);
  const [asker, answerer, a, b, c, staff] = await Promise.all([makeUser(db), makeUser(db), makeUser(db), makeUser(db), makeUser(db), makeUser(db)]);
  await giveBrandRole(db, brand, staff, "staff");
  // Voting down is a privilege earned with reputation; these voters have it.
  for (const voter of [asker, a, b, c]) await giveReputation(db, voter, brand, 50);
  const { questionId, questionPostId } = await askAs(db, asker, brand);
  const answerId = await answerAs(db, answerer, questionId);
  return { db, brand, asker, answerer, a, b, c, staff, questionId, questionPostId, answerId };
}
type World = Awaited<ReturnType<typeof makeWorld>>;
type Voter = World["a"];

const vote = async (db: Executor, user: Voter, postId: number, value: unknown) => castVote({ ctx: await ctxFor(db, user), input: { postId, value } });

// The counters on the post must always be what the vote rows add up to.
async function expectConsistent(db: Executor, postId: number, expected?: { score: number; upvotes: number; downvotes: number }) {
  const post = await postRow(db, postId);
  const totals = await voteTotals(db, postId);
  expect({ score: post.score, upvotes: post.upvotes, downvotes: post.downvotes }).toEqual({
    score: totals.score,
    upvotes: totals.upvotes,
    downvotes: totals.downvotes,
  });
  if (expected) expect({ score: post.score, upvotes: post.upvotes, downvotes: post.downvotes }).toEqual(expected);
  return post;
}

const rowsOf = (db: Executor, postId: number, userId: string) =>
  db
    .select()
    .from(votes)
    .where(and(eq(votes.postId, postId), eq(votes.userId, userId)));

describe("castVote keeps the counters equal to the vote rows", () => {
  it("casts up, changes to down, withdraws, with one row per member and post", async () => {
    await inRollback(async (tx: Tx) => {
      const w = await makeWorld(tx);
      expect(await vote(tx, w.a, w.answerId, 1)).toEqual({ postId: w.answerId, value: 1, score: 1 });
      await expectConsistent(tx, w.answerId, { score: 1, upvotes: 1, downvotes: 0 });
      expect(await vote(tx, w.a, w.answerId, 1)).toEqual({ postId: w.answerId, value: 1, score: 1 });
      expect(await rowsOf(tx, w.answerId, w.a.id)).toHaveLength(1);

      expect(await vote(tx, w.a, w.answerId, -1)).toEqual({ postId: w.answerId, value: -1, score: -1 });
      await expectConsistent(tx, w.answerId, { score: -1, upvotes: 0, downvotes: 1 });
      expect(await rowsOf(tx, w.answerId, w.a.id)).toEqual([expect.objectContaining({ value: -1 })]);

      expect(await vote(tx, w.a, w.answerId, 0)).toEqual({ postId: w.answerId, value: 0, score: 0 });
      await expectConsistent(tx, w.answerId, { score: 0, upvotes: 0, downvotes: 0 });
      expect(await rowsOf(tx, w.answerId, w.a.id)).toEqual([]);
      // Withdrawing what is not there changes nothing.
      expect(await vote(tx, w.a, w.answerId, "0")).toEqual({ postId: w.answerId, value: 0, score: 0 });
      await expectConsistent(tx, w.answerId, { score: 0, upvotes: 0, downvotes: 0 });
    });
  });

  it("adds up several members' votes and audits each change", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await vote(tx, w.a, w.answerId, 1);
      await vote(tx, w.b, w.answerId, 1);
      await vote(tx, w.c, w.answerId, -1);
      await vote(tx, w.asker, w.answerId, "1");
      await expectConsistent(tx, w.answerId, { score: 2, upvotes: 3, downvotes: 1 });
      await vote(tx, w.b, w.answerId, -1);
      await expectConsistent(tx, w.answerId, { score: 0, upvotes: 2, downvotes: 2 });
      const audit = await tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "vote.cast"), eq(auditLog.subjectId, String(w.answerId))));
      expect(audit).toHaveLength(5);
      expect(audit.find((r) => r.actorId === w.b.id && (r.after as { value: number }).value === -1)).toMatchObject({ before: { value: 1 } });
    });
  });

  it("moves the question's score with votes on the question post, and only with those", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await vote(tx, w.a, w.questionPostId, 1);
      await vote(tx, w.b, w.questionPostId, 1);
      await vote(tx, w.c, w.questionPostId, -1);
      await vote(tx, w.a, w.answerId, 1);
      const post = await expectConsistent(tx, w.questionPostId, { score: 1, upvotes: 2, downvotes: 1 });
      expect((await questionRow(tx, w.questionId)).score).toBe(post.score);
      await vote(tx, w.b, w.questionPostId, 0);
      await vote(tx, w.c, w.questionPostId, 1);
      await expectConsistent(tx, w.questionPostId, { score: 2, upvotes: 2, downvotes: 0 });
      expect((await questionRow(tx, w.questionId)).score).toBe(2);
    });
  });
});

describe("castVote refusals", () => {
  it("refuses a vote on one's own post", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(vote(tx, w.answerer, w.answerId, 1)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.vote_own_post" });
      await expect(vote(tx, w.asker, w.questionPostId, -1)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.vote_own_post" });
      await expectConsistent(tx, w.answerId, { score: 0, upvotes: 0, downvotes: 0 });
      expect((await questionRow(tx, w.questionId)).score).toBe(0);
    });
  });

  it("treats a deleted post as not found for a member and as closed for staff", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await vote(tx, w.a, w.answerId, 1);
      await deletePost({ ctx: await ctxFor(tx, w.answerer), input: { postId: w.answerId } });
      await expect(vote(tx, w.b, w.answerId, 1)).rejects.toMatchObject({ code: "not_found", messageKey: "errors.post_not_found" });
      await expect(vote(tx, w.a, w.answerId, 0)).rejects.toMatchObject({ code: "not_found" });
      await expect(vote(tx, w.staff, w.answerId, 1)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.post_deleted" });
      await expectConsistent(tx, w.answerId, { score: 1, upvotes: 1, downvotes: 0 });
    });
  });

  it("treats every post of a deleted question the same way", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await deletePost({ ctx: await ctxFor(tx, w.staff), input: { postId: w.questionPostId } });
      await expect(vote(tx, w.a, w.answerId, 1)).rejects.toMatchObject({ code: "not_found" });
      await expect(vote(tx, w.a, w.questionPostId, 1)).rejects.toMatchObject({ code: "not_found" });
      await expect(vote(tx, w.staff, w.answerId, 1)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.post_deleted" });
      await expectConsistent(tx, w.answerId, { score: 0, upvotes: 0, downvotes: 0 });
    });
  });

  it("asks an anonymous visitor to sign in, and rejects values other than -1, 0 and 1", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(castVote({ ctx: await ctxFor(tx, null), input: { postId: w.answerId, value: 1 } })).rejects.toMatchObject({ code: "unauthenticated" });
      for (const value of [2, -2, 5, "up", undefined, 0.5]) {
        await expect(vote(tx, w.a, w.answerId, value)).rejects.toMatchObject({ code: "validation", fieldErrors: { value: expect.any(Array) } });
      }
      await expect(vote(tx, w.a, 2_000_000_000, 1)).rejects.toMatchObject({ code: "not_found" });
      await expectConsistent(tx, w.answerId, { score: 0, upvotes: 0, downvotes: 0 });
    });
  });
});

// Committed data in a brand of its own: each vote is its own transaction from a pool, as in production.
describe("castVote under concurrency", () => {
  const pool = ownTestDb({ max: 12 });

  it("keeps score = sum(votes) when 50 members vote on one post at once", { timeout: 30_000 }, async () => {
    const w = await makeWorld(pool);
    const voters = await Promise.all(Array.from({ length: 50 }, () => makeUser(pool)));
    await Promise.all(voters.map((v) => giveReputation(pool, v, w.brand, 50)));
    const ctxs = await Promise.all(voters.map((v) => ctxFor(pool, v)));
    const voteFor = (i: number) => (i % 3 === 0 ? -1 : 1);
    const expected = voters.reduce((sum, _v, i) => sum + voteFor(i), 0);
    await Promise.all(ctxs.map((ctx, i) => castVote({ ctx, input: { postId: w.answerId, value: voteFor(i) } })));
    await Promise.all(ctxs.map((ctx, i) => castVote({ ctx, input: { postId: w.questionPostId, value: voteFor(i) } })));

    const downs = voters.filter((_v, i) => voteFor(i) === -1).length;
    await expectConsistent(pool, w.answerId, { score: expected, upvotes: 50 - downs, downvotes: downs });
    await expectConsistent(pool, w.questionPostId, { score: expected, upvotes: 50 - downs, downvotes: downs });
    expect((await questionRow(pool, w.questionId)).score).toBe(expected);
    expect((await voteTotals(pool, w.answerId)).rows).toBe(50);
  });

  it("ends with one row and a matching score when one member fires 10 votes at once", { timeout: 30_000 }, async () => {
    const w = await makeWorld(pool);
    await vote(pool, w.b, w.answerId, 1);
    const ctx = await ctxFor(pool, w.a);
    const values = Array.from({ length: 10 }, (_v, i) => (i % 2 === 0 ? 1 : -1));
    const results = await Promise.all(values.map((value) => castVote({ ctx, input: { postId: w.answerId, value } })));
    expect(results.every((r) => r.postId === w.answerId)).toBe(true);
    const rows = await rowsOf(pool, w.answerId, w.a.id);
    expect(rows).toHaveLength(1);
    const post = await expectConsistent(pool, w.answerId);
    expect(post.score).toBe(1 + rows[0]!.value);
  });
});
