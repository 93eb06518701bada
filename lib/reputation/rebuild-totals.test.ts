import { and, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { closeDb, createDb, type Executor } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { reputationEvents, reputationTotals, type User } from "../../db/schema";
import { seedDemoIfEmpty } from "../../db/seed/run";
import { createDatabase } from "../../scripts/lib/embedded-postgres";
import { acceptAnswer } from "../answers/accept-answer";
import { isPeerdeskError } from "../errors";
import { ctxFor, giveBrandRole, makeBrand, makeUser } from "../testing/factories";
import { answerAs, askAs } from "../testing/qa";
import { giveReputation } from "../testing/reputation";
import { ownTestDb } from "../testing/test-db";
import { verifyAnswer } from "../verifications/verify-answer";
import { withdrawVerification } from "../verifications/withdraw-verification";
import { castVote } from "../votes/cast-vote";
import { rebuildReputationTotals } from "./rebuild-totals";

// mulberry32: the same seed replays the same sequence, so a failure can be reproduced.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const START = new Date("2026-10-01T08:00:00Z").getTime();
const check = (db: Executor, brandId: string) => rebuildReputationTotals(db, { fix: false, brandIds: [brandId] });

// Refusals are part of a random walk (voting on one's own post, voting down without the privilege); anything else is a bug.
async function allowRefusal(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!isPeerdeskError(error) || error.code !== "forbidden") throw error;
  }
}

describe("reputation:rebuild after a random sequence of votes, withdrawals, accepts and verifications", () => {
  const db = ownTestDb({ max: 4 });

  it.each([1, 2, 3])("finds no difference after walk %i, then finds and fixes a corrupted total", { timeout: 60_000 }, async (seed) => {
    const random = prng(seed * 7919);
    const brand = await makeBrand(db);
    const members: User[] = await Promise.all(Array.from({ length: 8 }, () => makeUser(db)));
    // Half of them may vote down.
    for (const m of members.slice(0, 4)) await giveReputation(db, m, brand, 40 + Math.floor(random() * 40));
    const threads: { questionId: number; askerIndex: number; postIds: number[]; answerIds: number[] }[] = [];
    const staff = await makeUser(db);
    await giveBrandRole(db, brand, staff, "staff");
    const verified = new Set<number>();
    for (let i = 0; i < 4; i++) {
      const askerIndex = i % members.length;
      const asked = await askAs(db, members[askerIndex]!, brand);
      const answerIds: number[] = [];
      for (let a = 0; a < 3; a++) {
        const author = members[(askerIndex + 1 + a * 2) % members.length]!;
        answerIds.push(await answerAs(db, author, asked.questionId));
      }
      threads.push({ questionId: asked.questionId, askerIndex, postIds: [asked.questionPostId, ...answerIds], answerIds });
    }

    let clock = START;
    for (let step = 0; step < 250; step++) {
      // Steps spread over about three UTC days, so days change under the cap.
      clock += Math.floor(random() * 25 * 60_000);
      const now = () => new Date(clock);
      const roll = random();
      const thread = pick(random, threads);
      if (roll < 0.7) {
        const voter = pick(random, members);
        const value = pick(random, [1, 1, 1, -1, 0]);
        await allowRefusal(async () => castVote({ ctx: await ctxFor(db, voter, { now }), input: { postId: pick(random, thread.postIds), value } }));
      } else if (roll < 0.85) {
        const asker = members[thread.askerIndex]!;
        await allowRefusal(async () => acceptAnswer({ ctx: await ctxFor(db, asker, { now }), input: { postId: pick(random, thread.answerIds) } }));
      } else {
        // The brand's staff verify an answer, or withdraw the verification it has.
        const postId = pick(random, thread.answerIds);
        const ctx = await ctxFor(db, staff, { now });
        if (verified.delete(postId)) await withdrawVerification({ ctx, input: { brandId: brand.id, postId, reason: "No longer applies" } });
        else {
          await verifyAnswer({ ctx, input: { brandId: brand.id, postId } });
          verified.add(postId);
        }
      }
    }

    expect(await db.$count(reputationEvents, eq(reputationEvents.brandId, brand.id))).toBeGreaterThan(100);
    expect(await db.$count(reputationEvents, and(eq(reputationEvents.brandId, brand.id), eq(reputationEvents.reason, "answer_verified")))).toBeGreaterThan(5);
    const clean = await check(db, brand.id);
    expect(clean.differences).toEqual([]);
    expect(clean.checked).toBeGreaterThanOrEqual(4);

    const victim = pick(random, members);
    const where = and(eq(reputationTotals.userId, victim.id), eq(reputationTotals.brandId, brand.id));
    const [before] = await db.select({ total: reputationTotals.total }).from(reputationTotals).where(where);
    await db
      .update(reputationTotals)
      .set({ total: sql`${reputationTotals.total} + 7` })
      .where(where);
    const found = await check(db, brand.id);
    expect(found.differences).toEqual([
      { userId: victim.id, handle: victim.handle, brandId: brand.id, brandSlug: brand.slug, cached: before!.total + 7, ledger: before!.total },
    ]);
    expect(found.fixed).toBe(0);
    const fixed = await rebuildReputationTotals(db, { fix: true, brandIds: [brand.id] });
    expect(fixed.fixed).toBe(1);
    expect((await check(db, brand.id)).differences).toEqual([]);
  });

  it("reports a ledger without a cached total, walks in batches and says how far it got", async () => {
    const brand = await makeBrand(db);
    const members = await Promise.all(Array.from({ length: 7 }, () => makeUser(db)));
    for (const m of members) await giveReputation(db, m, brand, 30);
    await db.delete(reputationTotals).where(and(eq(reputationTotals.userId, members[0]!.id), eq(reputationTotals.brandId, brand.id)));
    const progress: [number, number][] = [];
    const report = await rebuildReputationTotals(db, { fix: true, brandIds: [brand.id], batchSize: 2, onProgress: (c, of) => progress.push([c, of]) });
    expect(progress).toEqual([
      [2, 6],
      [4, 6],
      [6, 6],
    ]);
    expect(report.differences).toEqual([expect.objectContaining({ userId: members[0]!.id, cached: null, ledger: 30 })]);
    expect((await check(db, brand.id)).differences).toEqual([]);
  });
});

// The demo data goes through the real verbs; `npm run reputation:rebuild -- --check` must find it clean.
describe("the demo data", () => {
  const DATABASE = "peerdesk_reputation_demo_test";
  let url = "";

  afterAll(async () => {
    if (!url) return;
    const admin = new URL(url);
    admin.pathname = "/postgres";
    const client = postgres(admin.href, { max: 1, onnotice: () => {} });
    try {
      await client`drop database if exists ${client(DATABASE)} with (force)`;
    } finally {
      await client.end({ timeout: 5 });
    }
  });

  it("has every cached total equal to its ledger", { timeout: 120_000 }, async () => {
    url = await createDatabase(inject("databaseUrl"), DATABASE);
    await runMigrations(url);
    await seedDemoIfEmpty(url);
    const demo = createDb(url, { max: 2 });
    try {
      const report = await rebuildReputationTotals(demo, { fix: false });
      expect(report.differences).toEqual([]);
      expect(report.checked).toBeGreaterThan(20);
    } finally {
      await closeDb(demo);
    }
  });
});
