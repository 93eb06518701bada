import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { type AnswerVerification, answerVerifications } from "../../db/schema";

// The answer's one verification that is not withdrawn (in force, under review or expired), locked when about to change.
export async function findLiveVerification(db: Executor, postId: number, options: { lock?: boolean } = {}): Promise<AnswerVerification | null> {
  const query = db
    .select()
    .from(answerVerifications)
    .where(and(eq(answerVerifications.postId, postId), isNull(answerVerifications.withdrawnAt)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}
