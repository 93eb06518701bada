import "server-only";
import { eq } from "drizzle-orm";
import { answerVerifications } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { loadPost } from "../posts/load-post";
import { reverseReputation } from "../reputation/record-reputation";
import { indexLater } from "../search/index-later";
import { parseInput } from "../validation/parse-input";
import { findLiveVerification } from "./find-live-verification";
import { verificationStateOf } from "./in-force";
import { WithdrawVerificationInput } from "./schemas";

// The row stays, marked withdrawn with who and why, so the audit trail and the reversal can point at it.
export async function withdrawVerification({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(WithdrawVerificationInput, input);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await loadPost(tx, data.postId, { lock: "post" });
    if (found && found.brand.id !== data.brandId) throw new NotFoundError("errors.post_not_found");
    guardian.ensureCanWithdrawVerification(found?.brand, found?.question, found?.post);
    const { brand, question, post } = found!;
    const live = await findLiveVerification(tx, post.id, { lock: true });
    if (!live) throw new ConflictError("verification.errors.not_verified");
    await tx
      .update(answerVerifications)
      .set({ withdrawnAt: now, withdrawnById: actor.id, withdrawReason: data.reason })
      .where(eq(answerVerifications.id, live.id));
    await reverseReputation(tx, { userId: post.authorId, brandId: brand.id, reason: "answer_verified", postId: post.id, now });
    await indexLater(tx, question.id);
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "answer.verification_withdraw",
      subjectType: "post",
      subjectId: String(post.id),
      before: { verificationId: live.id, state: verificationStateOf(live, now), verifiedAt: live.verifiedAt, verifiedById: live.verifiedById },
      after: { withdrawnAt: now, reason: data.reason },
    });
    return { verificationId: live.id, postId: post.id, questionId: question.id };
  });
}
