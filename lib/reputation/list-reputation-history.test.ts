import { describe, expect, it } from "vitest";
import type { Tx } from "../../db/client";
import type { User } from "../../db/schema";
import { acceptAnswer } from "../answers/accept-answer";
import { Guardian } from "../permissions/guardian";
import { deletePost } from "../posts/delete-post";
import { ctxFor, giveBrandRole, makeBrand, makeUser, viewerOf } from "../testing/factories";
import { answerAs, askAs } from "../testing/qa";
import { giveReputation } from "../testing/reputation";
import { inRollback } from "../testing/test-db";
import { castVote } from "../votes/cast-vote";
import { decodeCursor, encodeCursor, type HistoryEvent, listReputationHistory } from "./list-reputation-history";

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 10, day, hour));

async function makeWorld(tx: Tx) {
  const brand = await makeBrand(tx);
  const [asker, answerer, fan, critic, staff] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx), makeUser(tx), makeUser(tx)]);
  await giveReputation(tx, critic, brand, 60);
  await giveBrandRole(tx, brand, staff, "staff");
  const { questionId, questionPostId } = await askAs(tx, asker, brand, {}, { now: () => at(1, 8) });
  const answerId = await answerAs(tx, answerer, questionId, { now: () => at(1, 9) });
  const vote = async (user: User, postId: number, value: number, when: Date) =>
    castVote({ ctx: await ctxFor(tx, user, { now: () => when }), input: { postId, value } });
  await vote(fan, answerId, 1, at(2));
  await vote(critic, answerId, -1, at(3));
  await acceptAnswer({ ctx: await ctxFor(tx, asker, { now: () => at(4) }), input: { postId: answerId } });
  await vote(fan, answerId, 0, at(5));
  return { tx, brand, asker, answerer, fan, critic, staff, questionId, questionPostId, answerId };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

const historyAs = async (w: World, viewer: User | null, userId: string, options: { brandId?: string; limit?: number; before?: string } = {}) =>
  listReputationHistory(w.tx, new Guardian(await viewerOf(w.tx, viewer)), { userId, ...options, before: decodeCursor(options.before) });
const brief = (e: HistoryEvent) => ({ reason: e.reason, amount: e.amount, reversal: e.reverses !== null, actor: e.actor?.handle ?? null });

describe("listReputationHistory", () => {
  it("lists the member's changes newest first, naming upvoters and accepters but never a downvoter", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const { events } = await historyAs(w, null, w.answerer.id);
      expect(events.filter((e) => e.post).map(brief)).toEqual([
        { reason: "answer_upvoted", amount: -10, reversal: true, actor: w.fan.handle },
        { reason: "answer_accepted", amount: 15, reversal: false, actor: w.asker.handle },
        { reason: "answer_downvoted", amount: -2, reversal: false, actor: null },
        { reason: "answer_upvoted", amount: 10, reversal: false, actor: w.fan.handle },
      ]);
      expect(events[0]).toMatchObject({ day: "2026-11-05", post: { id: w.answerId, kind: "answer", questionId: w.questionId } });
    });
  });

  it("puts each reversal beside what it reverses, both ways", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const { events } = await historyAs(w, null, w.answerer.id);
      const reversal = events[0]!;
      const original = events.find((e) => e.reason === "answer_upvoted" && !e.reverses)!;
      expect(reversal.reverses).toEqual({ id: original.id, createdAt: at(2), amount: 10 });
      expect(original.reversedBy).toEqual({ id: reversal.id, createdAt: at(5), amount: -10 });
      expect(events.find((e) => e.reason === "answer_accepted")!.reversedBy).toBeNull();
    });
  });

  it("marks where the floor bit, and where the daily cap bit", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const { events } = await historyAs(w, null, w.answerer.id);
      // The answerer had 11 when the downvote came, so nothing bit.
      expect(events.find((e) => e.reason === "answer_downvoted")).toMatchObject({ bit: null, amount: -2 });
      const fresh = await makeUser(tx);
      const q = await askAs(tx, fresh, w.brand);
      await castVote({ ctx: await ctxFor(tx, w.critic, { now: () => at(6) }), input: { postId: q.questionPostId, value: -1 } });
      const voters = await Promise.all(Array.from({ length: 41 }, () => makeUser(tx)));
      for (const v of voters) await castVote({ ctx: await ctxFor(tx, v, { now: () => at(7) }), input: { postId: q.questionPostId, value: 1 } });
      const mine = (await historyAs(w, fresh, fresh.id, { limit: 100 })).events;
      expect(mine.find((e) => e.reason === "question_downvoted")).toMatchObject({ amount: 0, requestedAmount: -2, bit: "floor" });
      expect(mine.filter((e) => e.bit === "cap").map((e) => [e.requestedAmount, e.amount])).toEqual([[5, 0]]);
    });
  });

  it("shows which post a member voted down to that member only", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const own = (await historyAs(w, w.critic, w.critic.id)).events.find((e) => e.reason === "downvote_cast");
      expect(own?.post?.id).toBe(w.answerId);
      for (const viewer of [null, w.answerer, w.staff]) {
        const seen = (await historyAs(w, viewer, w.critic.id)).events.find((e) => e.reason === "downvote_cast");
        expect(seen).toMatchObject({ amount: -1, post: null, actor: null });
      }
    });
  });

  it("hides a deleted post from those who may not see it, and keeps the change", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await deletePost({ ctx: await ctxFor(tx, w.answerer), input: { postId: w.answerId } });
      const anonymous = (await historyAs(w, null, w.answerer.id)).events.filter((e) => e.reason === "answer_accepted");
      expect(anonymous).toEqual([expect.objectContaining({ amount: 15, post: null })]);
      const staff = (await historyAs(w, w.staff, w.answerer.id)).events.filter((e) => e.reason === "answer_accepted");
      expect(staff[0]?.post?.id).toBe(w.answerId);
    });
  });

  it("pages by keyset without gaps or repeats, and filters by brand", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const other = await makeBrand(tx);
      const q = await askAs(tx, w.answerer, other);
      await castVote({ ctx: await ctxFor(tx, w.fan, { now: () => at(1, 7) }), input: { postId: q.questionPostId, value: 1 } });
      const all = (await historyAs(w, null, w.answerer.id, { limit: 100 })).events;
      const seen: number[] = [];
      let before: string | undefined;
      for (;;) {
        const page = await historyAs(w, null, w.answerer.id, { limit: 2, before });
        seen.push(...page.events.map((e) => e.id));
        if (!page.next) break;
        before = encodeCursor(page.next);
      }
      expect(seen).toEqual(all.map((e) => e.id));
      const inOther = (await historyAs(w, null, w.answerer.id, { brandId: other.id })).events;
      expect(inOther.map((e) => [e.reason, e.brand.slug])).toEqual([["question_upvoted", other.slug]]);
      expect(decodeCursor("nonsense")).toBeNull();
    });
  });
});
