import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { answerVerifications } from "../../db/schema";

// An edit changes what the brand vouched for, so its verification waits for staff to look again.
export async function flagVerificationForReview(tx: Executor, postId: number, now: Date): Promise<void> {
  await tx
    .update(answerVerifications)
    .set({ reviewSince: now })
    .where(and(eq(answerVerifications.postId, postId), isNull(answerVerifications.withdrawnAt), isNull(answerVerifications.reviewSince)));
}
