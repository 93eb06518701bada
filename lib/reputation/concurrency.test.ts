import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor } from "../../db/client";
import { reputationEvents } from "../../db/schema";
import { ctxFor, makeBrand, makeUser } from "../testing/factories";
import { answerAs, askAs } from "../testing/qa";
import { giveReputation, reputationOf } from "../testing/reputation";
import { ownTestDb } from "../testing/test-db";
import { castVote } from "../votes/cast-vote";
import { rebuildReputationTotals } from "./rebuild-totals";
import { recordReputation } from "./record-reputation";
import { REPUTATION_FLOOR } from "./rules";

async function ledgerTotal(db: Executor, userId: string, brandId: string): Promise<number> {
  const [row] = await db
    .select({ sum: sql<number>`coalesce(sum(${reputationEvents.amount}), 0)::int` })
    .from(reputationEvents)
    .where(and(eq(reputationEvents.userId, userId), eq(reputationEvents.brandId, brandId)));
  return REPUTATION_FLOOR + row!.sum;
}

// Committed data and separate transactions from a pool, as in production: the totals row lock is what keeps them exact.
describe("many events on one member at once", () => {
  const db = ownTestDb({ max: 10 });

  it("keeps the cached total equal to the ledger when 40 members vote on one member's posts at the same time", { timeout: 60_000 }, async () => {
    const brand = await makeBrand(db);
    const author = await makeUser(db);
    const asker = await makeUser(db);
    const { questionId } = await askAs(db, asker, brand);
    // Several posts, so the votes do not queue on one post's lock but meet only on the author's total.
    const answers = await Promise.all(Array.from({ length: 4 }, () => answerAs(db, author, questionId)));
    const question = await askAs(db, author, brand);
    const posts = [...answers, question.questionPostId];
    const voters = await Promise.all(Array.from({ length: 40 }, () => makeUser(db)));
    await Promise.all(voters.map((v) => giveReputation(db, v, brand, 60)));
    const ctxs = await Promise.all(voters.map((v) => ctxFor(db, v)));

    await Promise.all(ctxs.flatMap((ctx, i) => posts.map((postId, p) => castVote({ ctx, input: { postId, value: (i + p) % 4 === 0 ? -1 : 1 } }))));
    expect(await reputationOf(db, author, brand)).toBe(await ledgerTotal(db, author.id, brand.id));
    // Withdraw half at once, and change the other half.
    await Promise.all(ctxs.flatMap((ctx, i) => posts.map((postId) => castVote({ ctx, input: { postId, value: i % 2 === 0 ? 0 : -1 } }))));
    expect(await reputationOf(db, author, brand)).toBe(await ledgerTotal(db, author.id, brand.id));
    for (const v of voters.slice(0, 5)) expect(await reputationOf(db, v, brand)).toBe(await ledgerTotal(db, v.id, brand.id));
    expect((await rebuildReputationTotals(db, { fix: false, brandIds: [brand.id] })).differences).toEqual([]);
  });

  it("keeps the daily cap exact when events race: 60 upvote-sized events at once grant exactly 200", { timeout: 60_000 }, async () => {
    const brand = await makeBrand(db);
    const member = await makeUser(db);
    const now = new Date("2026-11-02T12:00:00Z");
    await Promise.all(
      Array.from({ length: 60 }, () => db.transaction((tx) => recordReputation(tx, { userId: member.id, brandId: brand.id, reason: "answer_upvoted", now }))),
    );
    expect(await reputationOf(db, member, brand)).toBe(1 + 200);
    expect(await ledgerTotal(db, member.id, brand.id)).toBe(1 + 200);
  });

  it("does not deadlock when members vote down each other's answers at the same time", { timeout: 60_000 }, async () => {
    const brand = await makeBrand(db);
    const members = await Promise.all(Array.from({ length: 6 }, () => makeUser(db)));
    await Promise.all(members.map((m) => giveReputation(db, m, brand, 200)));
    const { questionId } = await askAs(db, await makeUser(db), brand);
    const answers = await Promise.all(members.map((m) => answerAs(db, m, questionId)));
    const ctxs = await Promise.all(members.map((m) => ctxFor(db, m)));
    // Every member votes down every other member's answer: each vote locks the author's and the voter's totals.
    const results = await Promise.allSettled(
      ctxs.flatMap((ctx, i) => answers.flatMap((postId, j) => (i === j ? [] : [castVote({ ctx, input: { postId, value: -1 } })]))),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    for (const m of members) expect(await reputationOf(db, m, brand)).toBe(200 - 5 * 2 - 5 * 1);
    expect((await rebuildReputationTotals(db, { fix: false, brandIds: [brand.id] })).differences).toEqual([]);
  });
});
