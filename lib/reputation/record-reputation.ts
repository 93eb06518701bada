import "server-only";
import { and, desc, eq, gte, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { type ReputationEvent, reputationEvents, reputationTotals } from "../../db/schema";
import { evaluateBadgesLater } from "../badges/evaluate-later";
import { REPUTATION_REASONS, type ReputationReason } from "./constants";
import { DAILY_VOTE_CAP, REPUTATION_FLOOR, REPUTATION_RULES } from "./rules";

export type ReputationEventInput = {
  userId: string;
  brandId: string;
  reason: ReputationReason;
  postId?: number | null;
  questionId?: number | null;
  actorId?: string | null;
  now: Date;
};

export type ReversalMatch = {
  userId: string;
  brandId?: string;
  reason: ReputationReason;
  postId: number;
  // undefined matches any actor; null matches events without one.
  actorId?: string | null;
  now: Date;
};

const CAPPED_REASONS = REPUTATION_REASONS.filter((reason) => REPUTATION_RULES[reason].capped);

export function utcDayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

// The upsert takes the (member, brand) row lock, so every event of one member in one brand queues here.
async function lockTotal(tx: Tx, userId: string, brandId: string, now: Date): Promise<number> {
  const [row] = await tx
    .insert(reputationTotals)
    .values({ userId, brandId, total: REPUTATION_FLOOR, updatedAt: now })
    .onConflictDoUpdate({ target: [reputationTotals.userId, reputationTotals.brandId], set: { updatedAt: now } })
    .returning({ total: reputationTotals.total });
  return row!.total;
}

// Verbs that move several members' totals lock them first, in one order, so two such transactions cannot deadlock.
export async function lockReputationTotals(tx: Tx, brandId: string, userIds: readonly string[], now: Date): Promise<void> {
  const ids = [...new Set(userIds)].sort();
  if (ids.length === 0) return;
  await tx
    .insert(reputationTotals)
    .values(ids.map((userId) => ({ userId, brandId, total: REPUTATION_FLOOR, updatedAt: now })))
    .onConflictDoUpdate({ target: [reputationTotals.userId, reputationTotals.brandId], set: { updatedAt: now } });
}

function clampToFloor(total: number, amount: number): number {
  return Math.max(amount, REPUTATION_FLOOR - total);
}

// Reversals do not give room back, so upvoting and withdrawing cannot reset the cap.
async function earnedFromVotesOn(tx: Tx, userId: string, brandId: string, day: string): Promise<number> {
  const [row] = await tx
    .select({ earned: sql<number>`coalesce(sum(${reputationEvents.amount}), 0)::int` })
    .from(reputationEvents)
    .where(
      and(
        eq(reputationEvents.userId, userId),
        eq(reputationEvents.brandId, brandId),
        eq(reputationEvents.day, day),
        // Rows are stamped with the time their day comes from, so this range lets the (member, brand, time) index find the day.
        gte(reputationEvents.createdAt, new Date(`${day}T00:00:00.000Z`)),
        isNull(reputationEvents.reversesId),
        inArray(reputationEvents.reason, CAPPED_REASONS),
      ),
    );
  return row?.earned ?? 0;
}

async function appendEvent(tx: Tx, total: number, values: typeof reputationEvents.$inferInsert & { now: Date }): Promise<ReputationEvent> {
  const { now, ...row } = values;
  // One round trip: the total moves in a CTE of the statement that appends the row.
  const moved = tx.$with("moved").as(
    tx
      .update(reputationTotals)
      .set({ total: total + row.amount, updatedAt: now })
      .where(and(eq(reputationTotals.userId, row.userId), eq(reputationTotals.brandId, row.brandId)))
      .returning({ total: reputationTotals.total }),
  );
  const [event] = await tx
    .with(moved)
    .insert(reputationEvents)
    .values({ ...row, createdAt: now })
    .returning();
  await evaluateBadgesLater(tx, row.userId, row.brandId);
  return event!;
}

// Appends one ledger row with the cap and the floor applied, and moves the cached total in the same transaction.
export async function recordReputation(tx: Tx, event: ReputationEventInput): Promise<ReputationEvent> {
  const rule = REPUTATION_RULES[event.reason];
  const day = utcDayOf(event.now);
  const total = await lockTotal(tx, event.userId, event.brandId, event.now);
  let amount = rule.amount;
  if (rule.capped && amount > 0) {
    const room = Math.max(0, DAILY_VOTE_CAP - (await earnedFromVotesOn(tx, event.userId, event.brandId, day)));
    amount = Math.min(amount, room);
  }
  return appendEvent(tx, total, {
    userId: event.userId,
    brandId: event.brandId,
    reason: event.reason,
    requestedAmount: rule.amount,
    amount: clampToFloor(total, amount),
    postId: event.postId ?? null,
    questionId: event.questionId ?? null,
    actorId: event.actorId ?? null,
    day,
    now: event.now,
  });
}

async function latestUnreversed(tx: Tx, match: ReversalMatch, brandId: string | undefined): Promise<ReputationEvent | null> {
  const conditions: (SQL | undefined)[] = [
    eq(reputationEvents.userId, match.userId),
    eq(reputationEvents.reason, match.reason),
    eq(reputationEvents.postId, match.postId),
    isNull(reputationEvents.reversesId),
    brandId === undefined ? undefined : eq(reputationEvents.brandId, brandId),
    match.actorId === undefined ? undefined : match.actorId === null ? isNull(reputationEvents.actorId) : eq(reputationEvents.actorId, match.actorId),
    sql`not exists (select 1 from reputation_events r where r.reverses_id = ${reputationEvents.id})`,
  ];
  const [row] = await tx
    .select()
    .from(reputationEvents)
    .where(and(...conditions))
    .orderBy(desc(reputationEvents.id))
    .limit(1);
  return row ?? null;
}

// Appends a reversal of the latest unreversed matching event; exempt from the cap, still held by the floor.
export async function reverseReputation(tx: Tx, match: ReversalMatch): Promise<ReputationEvent | null> {
  // The event is read under the totals lock, so a concurrent reversal cannot have got there first unseen.
  const brandId = match.brandId ?? (await latestUnreversed(tx, match, undefined))?.brandId;
  if (!brandId) return null;
  const total = await lockTotal(tx, match.userId, brandId, match.now);
  const original = await latestUnreversed(tx, match, brandId);
  if (!original) return null;
  return appendEvent(tx, total, {
    userId: original.userId,
    brandId: original.brandId,
    reason: original.reason,
    requestedAmount: -original.amount,
    amount: clampToFloor(total, -original.amount),
    reversesId: original.id,
    postId: original.postId,
    questionId: original.questionId,
    actorId: original.actorId,
    day: utcDayOf(match.now),
    now: match.now,
  });
}
