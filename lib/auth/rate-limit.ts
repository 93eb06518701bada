import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { rateLimitCounters } from "../../db/schema";

export type RateLimitRule = { limit: number; windowSeconds: number };

export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { limit: 5, windowSeconds: 15 * 60 };
export const SIGN_IN_PER_IP: RateLimitRule = { limit: 30, windowSeconds: 15 * 60 };
export const SIGN_UP_PER_IP: RateLimitRule = { limit: 10, windowSeconds: 60 * 60 };

function windowStartOf(now: Date, rule: RateLimitRule): Date {
  const ms = rule.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

function retryAfterSeconds(now: Date, rule: RateLimitRule): number {
  const end = windowStartOf(now, rule).getTime() + rule.windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

export type RateLimitState = { limited: boolean; retryAfterSeconds: number };

export async function peekRateLimit(db: Executor, key: string, rule: RateLimitRule, now: Date): Promise<RateLimitState> {
  const [row] = await db
    .select({ hits: rateLimitCounters.hits })
    .from(rateLimitCounters)
    .where(and(eq(rateLimitCounters.key, key), eq(rateLimitCounters.windowStart, windowStartOf(now, rule))));
  return { limited: (row?.hits ?? 0) >= rule.limit, retryAfterSeconds: retryAfterSeconds(now, rule) };
}

// One atomic upsert, so concurrent servers never lose a hit.
export async function hitRateLimit(db: Executor, key: string, rule: RateLimitRule, now: Date): Promise<RateLimitState> {
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key, windowStart: windowStartOf(now, rule), hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.key, rateLimitCounters.windowStart],
      set: { hits: sql`${rateLimitCounters.hits} + 1` },
    })
    .returning({ hits: rateLimitCounters.hits });
  return { limited: (row?.hits ?? 0) > rule.limit, retryAfterSeconds: retryAfterSeconds(now, rule) };
}

export async function resetRateLimit(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, key));
}

export async function pruneRateLimits(db: Executor, olderThan: Date): Promise<void> {
  await db.delete(rateLimitCounters).where(lt(rateLimitCounters.windowStart, olderThan));
}
