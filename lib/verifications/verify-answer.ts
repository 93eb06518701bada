import "server-only";
import { eq, sql } from "drizzle-orm";
import { answerVerifications, questions } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { loadPost } from "../posts/load-post";
import { recordReputation } from "../reputation/record-reputation";
import { indexLater } from "../search/index-later";
import { parseInput } from "../validation/parse-input";
import { findLiveVerification } from "./find-live-verification";
import { expiryOf, verificationStateOf } from "./in-force";
import { VerifyInput } from "./schemas";

// Staff vouch for an answer; verifying one that expired or is under review renews it, one in force is refused.
export async function verifyAnswer({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(VerifyInput, input);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await loadPost(tx, data.postId, { lock: "post" });
    if (found && found.brand.id !== data.brandId) throw new NotFoundError("errors.post_not_found");
    guardian.ensureCanVerifyAnswer(found?.brand, found?.question, found?.post);
    const { brand, question, post } = found!;
    const live = await findLiveVerification(tx, post.id, { lock: true });
    const state = live ? verificationStateOf(live, now) : null;
    if (state === "verified") throw new ConflictError("verification.errors.already_verified");
    const fields = {
      verifiedById: actor.id,
      note: data.note,
      appliesTo: data.appliesTo,
      verifiedAt: now,
      expiresAt: expiryOf(now, brand.verificationTtlDays),
      reviewSince: null,
    };
    const [row] = live
      ? await tx.update(answerVerifications).set(fields).where(eq(answerVerifications.id, live.id)).returning()
      : await tx
          .insert(answerVerifications)
          .values({ ...fields, postId: post.id, questionId: question.id, brandId: brand.id })
          .returning();
    // A renewal keeps the reputation the first verification granted; staff vouching for their own answer earn none.
    if (!live && post.authorId !== actor.id) {
      await recordReputation(tx, {
        userId: post.authorId,
        brandId: brand.id,
        reason: "answer_verified",
        postId: post.id,
        questionId: question.id,
        actorId: actor.id,
        now,
      });
    }
    await tx
      .update(questions)
      .set({ lastActivityAt: sql`greatest(${questions.lastActivityAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(questions.id, question.id));
    await indexLater(tx, question.id);
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: live ? "answer.reverify" : "answer.verify",
      subjectType: "post",
      subjectId: String(post.id),
      before: live ? { state, verifiedAt: live.verifiedAt, note: live.note, appliesTo: live.appliesTo } : null,
      after: { verificationId: row!.id, note: row!.note, appliesTo: row!.appliesTo, expiresAt: row!.expiresAt },
    });
    return { verificationId: row!.id, postId: post.id, questionId: question.id, renewed: Boolean(live) };
  });
}
