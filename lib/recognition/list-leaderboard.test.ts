import { describe, expect, it } from "vitest";
import type { Tx } from "../../db/client";
import { answerVerifications, reputationTotals, type User } from "../../db/schema";
import { acceptAnswer } from "../answers/accept-answer";
import { ctxFor, makeBrand, makeUser } from "../testing/factories";
import { answerAs, askAs } from "../testing/qa";
import { insertAnsweredQuestion, insertLedgerEvent } from "../testing/recognition";
import { inRollback } from "../testing/test-db";
import { parseLeaderboardParams, windowStart } from "./leaderboard-window";
import { type LeaderboardQuery, listLeaderboard } from "./list-leaderboard";

// The last 7 days began on 25 February at noon, the last 30 on 3 February.
const NOW = new Date("2026-03-04T12:00:00.000Z");
const WEEK_START = new Date("2026-02-25T12:00:00.000Z");

const valuesOf = async (tx: Tx, q: Omit<LeaderboardQuery, "now">, members: User[]) => {
  const rows = await listLeaderboard(tx, { ...q, now: NOW });
  return Object.fromEntries(rows.filter((r) => members.some((m) => m.id === r.userId)).map((r) => [r.handle, r.value]));
};

describe("leaderboard windows", () => {
  it("are the last 7 and 30 days, to the millisecond", () => {
    expect(windowStart("week", NOW)).toEqual(WEEK_START);
    expect(windowStart("month", NOW)).toEqual(new Date("2026-02-02T12:00:00.000Z"));
    expect(windowStart("all", NOW)).toBeNull();
  });

  it("fall back to this week by reputation for unknown tabs", () => {
    expect(parseLeaderboardParams({ period: "year", by: ["x"] })).toEqual({ period: "week", metric: "reputation" });
    expect(parseLeaderboardParams({ period: "all", by: "verified" })).toEqual({ period: "all", metric: "verified" });
  });
});

describe("listLeaderboard by reputation", () => {
  it("sums the ledger inside the window only, and reversals net out", async () => {
    await inRollback(async (tx) => {
      const brand = await makeBrand(tx);
      const [ana, ben, cruz] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
      await insertLedgerEvent(tx, { user: ana, brand, amount: 100, at: new Date(WEEK_START.getTime() - 1) });
      await insertLedgerEvent(tx, { user: ana, brand, amount: 15, at: WEEK_START, reason: "answer_accepted" });
      const vote = await insertLedgerEvent(tx, { user: ana, brand, amount: 10, at: new Date("2026-03-03T09:00:00Z") });
      await insertLedgerEvent(tx, { user: ana, brand, amount: -10, at: new Date("2026-03-03T10:00:00Z"), reversesId: vote.id });
      await insertLedgerEvent(tx, { user: ben, brand, amount: 10, at: new Date("2026-03-03T09:00:00Z") });
      await insertLedgerEvent(tx, { user: ben, brand, amount: 10, at: new Date("2026-03-04T09:00:00Z") });
      // A reversal inside the window of a vote cast before it leaves Cruz with nothing gained this week.
      const old = await insertLedgerEvent(tx, { user: cruz, brand, amount: 10, at: new Date("2026-01-20T09:00:00Z") });
      await insertLedgerEvent(tx, { user: cruz, brand, amount: -10, at: new Date("2026-03-03T09:00:00Z"), reversesId: old.id });

      const rows = await listLeaderboard(tx, { brandId: brand.id, period: "week", metric: "reputation", now: NOW });
      expect(rows.map((r) => [r.rank, r.handle, r.value])).toEqual([
        [1, ben.handle, 20],
        [2, ana.handle, 15],
      ]);
      expect(await valuesOf(tx, { brandId: brand.id, period: "month", metric: "reputation" }, [ana, ben, cruz])).toEqual({
        [ana.handle]: 115,
        [ben.handle]: 20,
      });
    });
  });

  it("all time reads the cached totals less the starting 1, site-wide summed over brands, with the level's reputation", async () => {
    await inRollback(async (tx) => {
      const [one, two] = await Promise.all([makeBrand(tx), makeBrand(tx)]);
      const [ana, ben, newcomer] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
      await tx.insert(reputationTotals).values([
        { userId: ana.id, brandId: one.id, total: 600_001 },
        { userId: ana.id, brandId: two.id, total: 400_001 },
        { userId: ben.id, brandId: one.id, total: 900_001 },
        { userId: newcomer.id, brandId: one.id, total: 1 },
      ]);
      const brandRows = await listLeaderboard(tx, { brandId: one.id, period: "all", metric: "reputation", now: NOW });
      expect(brandRows.map((r) => [r.handle, r.value, r.reputation])).toEqual([
        [ben.handle, 900_000, 900_001],
        [ana.handle, 600_000, 600_001],
      ]);
      const site = await listLeaderboard(tx, { brandId: null, period: "all", metric: "reputation", now: NOW });
      expect(site.slice(0, 2).map((r) => [r.handle, r.value, r.reputation])).toEqual([
        [ana.handle, 1_000_000, 600_001],
        [ben.handle, 900_000, 900_001],
      ]);
    });
  });

  it("site-wide windows add up every brand", async () => {
    await inRollback(async (tx) => {
      const [one, two] = await Promise.all([makeBrand(tx), makeBrand(tx)]);
      const ana = await makeUser(tx);
      await insertLedgerEvent(tx, { user: ana, brand: one, amount: 700_000, at: new Date("2026-03-03T09:00:00Z") });
      await insertLedgerEvent(tx, { user: ana, brand: two, amount: 5, at: new Date("2026-03-03T09:00:00Z") });
      expect(await valuesOf(tx, { brandId: null, period: "week", metric: "reputation" }, [ana])).toEqual({ [ana.handle]: 700_005 });
    });
  });
});

describe("listLeaderboard by accepted and verified answers", () => {
  it("counts accepts standing now, made inside the window, never self-accepts", async () => {
    await inRollback(async (tx) => {
      const brand = await makeBrand(tx);
      const [asker, ana, ben] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
      const at = (iso: string) => ({ now: () => new Date(iso) });
      const accepted = async (helper: User, when: string) => {
        const { questionId } = await askAs(tx, asker, brand, {}, at("2026-02-18T08:00:00Z"));
        const answerId = await answerAs(tx, helper, questionId, at("2026-02-18T09:00:00Z"));
        await acceptAnswer({ ctx: await ctxFor(tx, asker, at(when)), input: { postId: answerId } });
        return answerId;
      };
      await accepted(ana, "2026-03-02T10:00:00Z");
      await accepted(ana, "2026-03-03T10:00:00Z");
      await accepted(ana, "2026-02-20T10:00:00Z");
      const withdrawn = await accepted(ben, "2026-03-03T10:00:00Z");
      await acceptAnswer({ ctx: await ctxFor(tx, asker, at("2026-03-03T11:00:00Z")), input: { postId: withdrawn } });
      const own = await askAs(tx, ben, brand, {}, at("2026-03-03T08:00:00Z"));
      const ownAnswer = await answerAs(tx, ben, own.questionId, at("2026-03-03T09:00:00Z"));
      await acceptAnswer({ ctx: await ctxFor(tx, ben, at("2026-03-03T10:00:00Z")), input: { postId: ownAnswer } });

      expect(await valuesOf(tx, { brandId: brand.id, period: "week", metric: "accepted" }, [ana, ben])).toEqual({ [ana.handle]: 2 });
      expect(await valuesOf(tx, { brandId: brand.id, period: "all", metric: "accepted" }, [ana, ben])).toEqual({ [ana.handle]: 3 });
    });
  });

  it("counts verifications in force, made inside the window", async () => {
    await inRollback(async (tx) => {
      const brand = await makeBrand(tx);
      const [asker, ana, staff] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
      const verified = async (when: string, withdrawn = false) => {
        const { question, answer } = await insertAnsweredQuestion(tx, { brand, asker, answerer: ana, askedAt: new Date("2026-02-20T08:00:00Z") });
        await tx.insert(answerVerifications).values({
          postId: answer.id,
          questionId: question.id,
          brandId: brand.id,
          verifiedById: staff.id,
          verifiedAt: new Date(when),
          withdrawnAt: withdrawn ? new Date(when) : null,
        });
      };
      await verified("2026-03-02T10:00:00Z");
      await verified("2026-03-03T10:00:00Z", true);
      await verified("2026-02-21T10:00:00Z");
      expect(await valuesOf(tx, { brandId: brand.id, period: "week", metric: "verified" }, [ana])).toEqual({ [ana.handle]: 1 });
      expect(await valuesOf(tx, { brandId: brand.id, period: "all", metric: "verified" }, [ana])).toEqual({ [ana.handle]: 2 });
      expect(await valuesOf(tx, { brandId: null, period: "all", metric: "verified" }, [ana])).toEqual({ [ana.handle]: 2 });
    });
  });
});
