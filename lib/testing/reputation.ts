import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { type Brand, reputationEvents, reputationTotals, type User } from "../../db/schema";
import { REPUTATION_FLOOR } from "../reputation/rules";

export async function reputationOf(db: Executor, user: Pick<User, "id">, brand: Pick<Brand, "id">): Promise<number> {
  const [row] = await db
    .select({ total: reputationTotals.total })
    .from(reputationTotals)
    .where(and(eq(reputationTotals.userId, user.id), eq(reputationTotals.brandId, brand.id)));
  return row?.total ?? REPUTATION_FLOOR;
}

// Brings a member to a reputation in one ledger row, so the cache still equals the ledger; build the ctx afterwards.
export async function giveReputation(db: Executor, user: Pick<User, "id">, brand: Pick<Brand, "id">, total: number): Promise<void> {
  const delta = total - (await reputationOf(db, user, brand));
  if (delta === 0) return;
  await db.insert(reputationEvents).values({
    userId: user.id,
    brandId: brand.id,
    reason: "answer_accepted",
    requestedAmount: delta,
    amount: delta,
    day: sql`current_date`,
  });
  await db
    .insert(reputationTotals)
    .values({ userId: user.id, brandId: brand.id, total })
    .onConflictDoUpdate({ target: [reputationTotals.userId, reputationTotals.brandId], set: { total } });
}
