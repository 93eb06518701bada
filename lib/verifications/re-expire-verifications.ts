import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { answerVerifications } from "../../db/schema";

// A new validity applies to the brand's live verifications too, counted from when each was verified.
export async function reExpireVerifications(tx: Executor, brandId: string, ttlDays: number | null): Promise<void> {
  await tx
    .update(answerVerifications)
    .set({ expiresAt: ttlDays == null ? null : sql`${answerVerifications.verifiedAt} + make_interval(days => ${ttlDays}::int)` })
    .where(and(eq(answerVerifications.brandId, brandId), isNull(answerVerifications.withdrawnAt)));
}
