import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor, Tx } from "../../db/client";
import { type ReputationEvent, reputationEvents, type User } from "../../db/schema";
import { acceptAnswer } from "../answers/accept-answer";
import { deletePost } from "../posts/delete-post";
import { ctxFor, makeBrand, makeUser } from "../testing/factories";
import { answerAs, askAs } from "../testing/qa";
import { giveReputation, reputationOf } from "../testing/reputation";
import { inRollback } from "../testing/test-db";
import { castVote } from "../votes/cast-vote";
import type { ReputationReason } from "./constants";
import { recordReputation, reverseReputation } from "./record-reputation";
import { DAILY_VOTE_CAP, REPUTATION_FLOOR, REPUTATION_RULES } from "./rules";

const NOW = new Date("2026-11-20T10:00:00Z");
const NEXT_DAY = new Date("2026-11-21T09:00:00Z");

async function makeWorld(tx: Tx) {
  const brand = await makeBrand(tx);
  const [asker, answerer, other, voter] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx), makeUser(tx)]);
  // The voter may vote down; everyone else starts at the floor.
  await giveReputation(tx, voter, brand, 60);
  const { questionId, questionPostId } = await askAs(tx, asker, brand);
  const answerId = await answerAs(tx, answerer, questionId);
  const otherAnswerId = await answerAs(tx, other, questionId);
  return { tx, brand, asker, answerer, other, voter, questionId, questionPostId, answerId, otherAnswerId };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

const vote = async (w: World, user: User, postId: number, value: number, now = NOW) =>
  castVote({ ctx: await ctxFor(w.tx, user, { now: () => now }), input: { postId, value } });
const accept = async (w: World, postId: number, now = NOW) => acceptAnswer({ ctx: await ctxFor(w.tx, w.asker, { now: () => now }), input: { postId } });
const rep = (w: World, user: User) => reputationOf(w.tx, user, w.brand);

// The ledger rows of one member in the world's brand, oldest first, leaving out the test's own grants.
async function eventsOf(w: World, user: User): Promise<ReputationEvent[]> {
  const rows = await w.tx
    .select()
    .from(reputationEvents)
    .where(and(eq(reputationEvents.userId, user.id), eq(reputationEvents.brandId, w.brand.id)))
    .orderBy(asc(reputationEvents.id));
  return rows.filter((r) => r.postId !== null);
}

async function expectTotalEqualsLedger(db: Executor, user: User, brandId: string) {
  const [row] = await db
    .select({ sum: sql<number>`coalesce(sum(${reputationEvents.amount}), 0)::int` })
    .from(reputationEvents)
    .where(and(eq(reputationEvents.userId, user.id), eq(reputationEvents.brandId, brandId)));
  expect(await reputationOf(db, user, { id: brandId })).toBe(REPUTATION_FLOOR + row!.sum);
}

const shape = (e: ReputationEvent) => ({ reason: e.reason, requestedAmount: e.requestedAmount, amount: e.amount, reverses: e.reversesId !== null });

describe("reputation rules, through the verbs", () => {
  it("gives the asker +5 for an upvote on the question and the answerer +10 for one on the answer, naming the voter", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await vote(w, w.voter, w.questionPostId, 1);
      await vote(w, w.voter, w.answerId, 1);
      expect(await rep(w, w.asker)).toBe(1 + REPUTATION_RULES.question_upvoted.amount);
      expect(await rep(w, w.answerer)).toBe(1 + REPUTATION_RULES.answer_upvoted.amount);
      const [event] = await eventsOf(w, w.answerer);
      expect(event).toMatchObject({
        reason: "answer_upvoted",
        amount: 10,
        actorId: w.voter.id,
        postId: w.answerId,
        questionId: w.questionId,
        day: "2026-11-20",
      });
      expect(await eventsOf(w, w.voter)).toEqual([]);
    });
  });

  it("takes 2 from the author of a downvoted question without costing the voter; a downvoted answer costs its voter 1", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await giveReputation(tx, w.asker, w.brand, 20);
      await giveReputation(tx, w.answerer, w.brand, 20);
      await vote(w, w.voter, w.questionPostId, -1);
      expect(await rep(w, w.asker)).toBe(18);
      expect(await rep(w, w.voter)).toBe(60);
      await vote(w, w.voter, w.answerId, -1);
      expect(await rep(w, w.answerer)).toBe(18);
      expect(await rep(w, w.voter)).toBe(59);
      expect((await eventsOf(w, w.voter)).map(shape)).toEqual([{ reason: "downvote_cast", requestedAmount: -1, amount: -1, reverses: false }]);
      expect((await eventsOf(w, w.answerer)).map(shape)).toEqual([{ reason: "answer_downvoted", requestedAmount: -2, amount: -2, reverses: false }]);
    });
  });

  it("reverses the old vote and records the new one when a vote changes, and only reverses when it is withdrawn", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await vote(w, w.voter, w.answerId, 1);
      await vote(w, w.voter, w.answerId, -1);
      expect(await rep(w, w.answerer)).toBe(1);
      expect(await rep(w, w.voter)).toBe(59);
      await vote(w, w.voter, w.answerId, 1);
      expect(await rep(w, w.answerer)).toBe(11);
      expect(await rep(w, w.voter)).toBe(60);
      await vote(w, w.voter, w.answerId, 0);
      expect(await rep(w, w.answerer)).toBe(1);
      const events = await eventsOf(w, w.answerer);
      expect(events.map(shape)).toEqual([
        { reason: "answer_upvoted", requestedAmount: 10, amount: 10, reverses: false },
        { reason: "answer_upvoted", requestedAmount: -10, amount: -10, reverses: true },
        // The answerer was at the floor: the rules asked for -2 and nothing could be taken.
        { reason: "answer_downvoted", requestedAmount: -2, amount: 0, reverses: false },
        { reason: "answer_downvoted", requestedAmount: 0, amount: 0, reverses: true },
        { reason: "answer_upvoted", requestedAmount: 10, amount: 10, reverses: false },
        { reason: "answer_upvoted", requestedAmount: -10, amount: -10, reverses: true },
      ]);
      // Each reversal points at the event it reverses.
      expect(events[1]!.reversesId).toBe(events[0]!.id);
      expect(events[3]!.reversesId).toBe(events[2]!.id);
      expect(events[5]!.reversesId).toBe(events[4]!.id);
      expect((await eventsOf(w, w.voter)).map(shape)).toEqual([
        { reason: "downvote_cast", requestedAmount: -1, amount: -1, reverses: false },
        { reason: "downvote_cast", requestedAmount: 1, amount: 1, reverses: true },
      ]);
      for (const user of [w.answerer, w.voter]) await expectTotalEqualsLedger(tx, user, w.brand.id);
    });
  });

  it("gives the answerer +15 and the asker +2 for an accept, moves both when the accept moves, and takes both back on unaccept", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await accept(w, w.answerId);
      expect([await rep(w, w.answerer), await rep(w, w.asker)]).toEqual([16, 3]);
      expect((await eventsOf(w, w.answerer))[0]).toMatchObject({ reason: "answer_accepted", amount: 15, actorId: w.asker.id, postId: w.answerId });
      await accept(w, w.otherAnswerId);
      expect([await rep(w, w.answerer), await rep(w, w.other), await rep(w, w.asker)]).toEqual([1, 16, 3]);
      await accept(w, w.otherAnswerId);
      expect([await rep(w, w.answerer), await rep(w, w.other), await rep(w, w.asker)]).toEqual([1, 1, 1]);
      expect((await eventsOf(w, w.asker)).map(shape)).toEqual([
        { reason: "accepted_an_answer", requestedAmount: 2, amount: 2, reverses: false },
        { reason: "accepted_an_answer", requestedAmount: -2, amount: -2, reverses: true },
        { reason: "accepted_an_answer", requestedAmount: 2, amount: 2, reverses: false },
        { reason: "accepted_an_answer", requestedAmount: -2, amount: -2, reverses: true },
      ]);
      for (const user of [w.answerer, w.other, w.asker]) await expectTotalEqualsLedger(tx, user, w.brand.id);
    });
  });

  it("gives nothing for accepting one's own answer", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const own = await answerAs(tx, w.asker, w.questionId);
      await accept(w, own);
      expect(await rep(w, w.asker)).toBe(1);
      expect(await eventsOf(w, w.asker)).toEqual([]);
      // Moving the accept from one's own answer to another's reverses nothing and grants the usual amounts.
      await accept(w, w.answerId);
      expect([await rep(w, w.asker), await rep(w, w.answerer)]).toEqual([3, 16]);
    });
  });

  it("leaves reputation alone when a post is deleted", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await vote(w, w.voter, w.answerId, 1);
      await accept(w, w.answerId);
      await deletePost({ ctx: await ctxFor(tx, w.answerer), input: { postId: w.answerId } });
      expect(await rep(w, w.answerer)).toBe(26);
      expect((await eventsOf(w, w.answerer)).every((e) => e.reversesId === null)).toBe(true);
    });
  });
});

describe("the daily cap on reputation from votes", () => {
  async function upvotedBy(w: World, count: number, postId: number, now = NOW) {
    const voters = await Promise.all(Array.from({ length: count }, () => makeUser(w.tx)));
    for (const v of voters) await vote(w, v, postId, 1, now);
    return voters;
  }

  it(`stops at ${DAILY_VOTE_CAP} a day per brand, keeps what the rules asked for, and starts again the next UTC day`, async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await upvotedBy(w, 20, w.answerId);
      expect(await rep(w, w.answerer)).toBe(1 + DAILY_VOTE_CAP);
      await upvotedBy(w, 2, w.answerId);
      expect(await rep(w, w.answerer)).toBe(1 + DAILY_VOTE_CAP);
      const capped = (await eventsOf(w, w.answerer)).slice(-2);
      expect(capped.map(shape)).toEqual([
        { reason: "answer_upvoted", requestedAmount: 10, amount: 0, reverses: false },
        { reason: "answer_upvoted", requestedAmount: 10, amount: 0, reverses: false },
      ]);
      await upvotedBy(w, 1, w.answerId, NEXT_DAY);
      expect(await rep(w, w.answerer)).toBe(1 + DAILY_VOTE_CAP + 10);
      await expectTotalEqualsLedger(tx, w.answerer, w.brand.id);
    });
  });

  it("grants the part that still fits, counts questions and answers together, and is kept per brand", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const second = await askAs(tx, w.answerer, w.brand);
      await upvotedBy(w, 19, w.answerId);
      await upvotedBy(w, 1, second.questionPostId);
      await upvotedBy(w, 2, second.questionPostId);
      expect(await rep(w, w.answerer)).toBe(1 + DAILY_VOTE_CAP);
      expect((await eventsOf(w, w.answerer)).slice(-2).map((e) => e.amount)).toEqual([5, 0]);

      // Another brand has a cap of its own.
      const otherBrand = await makeBrand(tx);
      const elsewhere = await askAs(tx, w.answerer, otherBrand);
      const [v] = await upvotedBy(w, 1, elsewhere.questionPostId);
      expect(v).toBeDefined();
      expect(await reputationOf(tx, w.answerer, otherBrand)).toBe(6);
    });
  });

  it("exempts accepts and verifications, which neither stop at the cap nor use it up", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await upvotedBy(w, 20, w.answerId);
      await accept(w, w.answerId);
      await recordReputation(tx, {
        userId: w.answerer.id,
        brandId: w.brand.id,
        reason: "answer_verified",
        postId: w.answerId,
        questionId: w.questionId,
        now: NOW,
      });
      expect(await rep(w, w.answerer)).toBe(1 + DAILY_VOTE_CAP + 15 + 25);

      const fresh = await makeWorld(tx);
      await acceptAnswer({ ctx: await ctxFor(tx, fresh.asker, { now: () => NOW }), input: { postId: fresh.answerId } });
      await upvotedBy(fresh, 20, fresh.answerId);
      expect(await rep(fresh, fresh.answerer)).toBe(1 + 15 + DAILY_VOTE_CAP);
    });
  });

  it("does not give the cap back when a vote is withdrawn, and a capped vote's reversal takes nothing", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const voters = await upvotedBy(w, 21, w.answerId);
      await vote(w, voters[0]!, w.answerId, 0);
      expect(await rep(w, w.answerer)).toBe(1 + DAILY_VOTE_CAP - 10);
      await upvotedBy(w, 1, w.answerId);
      expect(await rep(w, w.answerer)).toBe(1 + DAILY_VOTE_CAP - 10);
      // The 21st vote was capped to 0, so withdrawing it takes nothing.
      await vote(w, voters[20]!, w.answerId, 0);
      expect(await rep(w, w.answerer)).toBe(1 + DAILY_VOTE_CAP - 10);
      await expectTotalEqualsLedger(tx, w.answerer, w.brand.id);
    });
  });

  it("leaves losses uncapped: downvotes still take reputation after the cap was reached", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await upvotedBy(w, 20, w.answerId);
      await vote(w, w.voter, w.answerId, -1);
      expect(await rep(w, w.answerer)).toBe(1 + DAILY_VOTE_CAP - 2);
    });
  });
});

describe("the floor of 1", () => {
  it("never takes a total below 1, and the history keeps what the rules asked for", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await giveReputation(tx, w.answerer, w.brand, 2);
      await vote(w, w.voter, w.answerId, -1);
      expect(await rep(w, w.answerer)).toBe(1);
      expect((await eventsOf(w, w.answerer)).map((e) => [e.requestedAmount, e.amount])).toEqual([[-2, -1]]);
      // The voter pays for a downvote too, down to the floor and no further.
      const poor = await makeUser(tx);
      await giveReputation(tx, poor, w.brand, 50);
      await vote(w, poor, w.otherAnswerId, -1);
      expect(await rep(w, poor)).toBe(49);
    });
  });

  it("holds for reversals too: withdrawing an upvote from a member brought to 1 by downvotes leaves 1", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const fan = await makeUser(tx);
      await vote(w, fan, w.answerId, 1);
      const critics = await Promise.all(Array.from({ length: 5 }, () => makeUser(tx)));
      for (const c of critics) {
        await giveReputation(tx, c, w.brand, 60);
        await vote(w, c, w.answerId, -1);
      }
      expect(await rep(w, w.answerer)).toBe(1);
      await vote(w, fan, w.answerId, 0);
      expect(await rep(w, w.answerer)).toBe(1);
      const last = (await eventsOf(w, w.answerer)).at(-1)!;
      expect(shape(last)).toEqual({ reason: "answer_upvoted", requestedAmount: -10, amount: 0, reverses: true });
      await expectTotalEqualsLedger(tx, w.answerer, w.brand.id);
    });
  });
});

describe("recordReputation and reverseReputation directly", () => {
  it("records every reason with its amount from the rules", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await giveReputation(tx, w.other, w.brand, 100);
      let expected = 100;
      for (const reason of Object.keys(REPUTATION_RULES) as ReputationReason[]) {
        const event = await recordReputation(tx, { userId: w.other.id, brandId: w.brand.id, reason, postId: w.answerId, now: NOW });
        expect(event).toMatchObject({ reason, requestedAmount: REPUTATION_RULES[reason].amount, amount: REPUTATION_RULES[reason].amount, reversesId: null });
        expected += REPUTATION_RULES[reason].amount;
      }
      expect(await rep(w, w.other)).toBe(expected);
    });
  });

  it("reverses the latest unreversed match once, returns null when nothing is left, and matches on the actor when asked", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const base = { userId: w.answerer.id, brandId: w.brand.id, reason: "answer_verified" as const, postId: w.answerId, now: NOW };
      const first = await recordReputation(tx, { ...base, actorId: w.voter.id });
      const second = await recordReputation(tx, { ...base, actorId: w.other.id });
      expect(await reverseReputation(tx, { ...base, actorId: w.asker.id })).toBeNull();
      expect(await reverseReputation(tx, { ...base, actorId: w.voter.id })).toMatchObject({ reversesId: first.id, amount: -25, actorId: w.voter.id });
      expect(await reverseReputation(tx, { userId: w.answerer.id, reason: "answer_verified", postId: w.answerId, now: NEXT_DAY })).toMatchObject({
        reversesId: second.id,
        day: "2026-11-21",
      });
      expect(await reverseReputation(tx, base)).toBeNull();
      expect(await reverseReputation(tx, { ...base, reason: "answer_upvoted" })).toBeNull();
      expect(await rep(w, w.answerer)).toBe(1);
    });
  });
});
