import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor, Tx } from "../../db/client";
import { reputationEvents, reputationTotals } from "../../db/schema";
import { makeBrand, makeUser } from "../testing/factories";
import { askAs } from "../testing/qa";
import { inRollback } from "../testing/test-db";
import { recordReputation, reverseReputation } from "./record-reputation";
import { DAILY_VOTE_CAP, REPUTATION_RULES } from "./rules";

const NOW = new Date("2026-11-20T10:00:00Z");

async function world(db: Executor) {
  const brand = await makeBrand(db);
  const [member, actor] = await Promise.all([makeUser(db), makeUser(db)]);
  const { questionId, questionPostId } = await askAs(db, member, brand);
  return { brand, member, actor, questionId, postId: questionPostId };
}

async function totalOf(db: Executor, userId: string, brandId: string) {
  const [row] = await db
    .select({ total: reputationTotals.total })
    .from(reputationTotals)
    .where(and(eq(reputationTotals.userId, userId), eq(reputationTotals.brandId, brandId)));
  return row?.total;
}

describe("recordReputation", () => {
  it("applies each rule's amount and moves the cached total", async () => {
    await inRollback(async (tx: Tx) => {
      const w = await world(tx);
      const event = await recordReputation(tx, { userId: w.member.id, brandId: w.brand.id, reason: "answer_accepted", postId: w.postId, now: NOW });
      expect(event).toMatchObject({ amount: 15, requestedAmount: 15, day: "2026-11-20" });
      expect(await totalOf(tx, w.member.id, w.brand.id)).toBe(1 + REPUTATION_RULES.answer_accepted.amount);
      const reversal = await reverseReputation(tx, { userId: w.member.id, reason: "answer_accepted", postId: w.postId, now: NOW });
      expect(reversal).toMatchObject({ amount: -15, reversesId: event.id });
      expect(await totalOf(tx, w.member.id, w.brand.id)).toBe(1);
      expect(await reverseReputation(tx, { userId: w.member.id, reason: "answer_accepted", postId: w.postId, now: NOW })).toBeNull();
      expect(await tx.select().from(reputationEvents).where(eq(reputationEvents.userId, w.member.id))).toHaveLength(2);
      expect(DAILY_VOTE_CAP).toBe(200);
    });
  });
});
