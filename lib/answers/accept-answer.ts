import "server-only";
import { eq } from "drizzle-orm";
import { questions } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { notifyUser } from "../notifications/notify-followers";
import { loadPost } from "../posts/load-post";
import { recordThreadEvent } from "../posts/record-thread-event";
import { PostIdInput } from "../posts/schemas";
import { applyAcceptReputation } from "../reputation/apply-accept-reputation";
import { indexLater } from "../search/index-later";
import { parseInput } from "../validation/parse-input";

// The asker accepts one answer; accepting it again takes the acceptance back, accepting another moves it.
export async function acceptAnswer({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(PostIdInput, input);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await loadPost(tx, data.postId, { lock: true });
    guardian.ensureCanAccept(found?.brand, found?.question, found?.post);
    const { brand, question, post } = found!;
    const before = question.acceptedAnswerId;
    const after = before === post.id ? null : post.id;
    await tx
      .update(questions)
      .set({ acceptedAnswerId: after, acceptedAt: after ? now : null, lastActivityAt: now })
      .where(eq(questions.id, question.id));
    if (before) await recordThreadEvent(tx, { questionId: question.id, brandId: brand.id, type: "unaccepted", actorId: actor.id, postId: before, at: now });
    if (after) {
      await recordThreadEvent(tx, { questionId: question.id, brandId: brand.id, type: "accepted", actorId: actor.id, postId: after, at: now });
      await notifyUser(tx, { userId: post.authorId, questionId: question.id, type: "answer_accepted", postId: after, actorId: actor.id, at: now });
    }
    await applyAcceptReputation(tx, { brandId: brand.id, questionId: question.id, askerId: question.authorId, before, after, now });
    await indexLater(tx, question.id);
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "answer.accept",
      subjectType: "question",
      subjectId: String(question.id),
      before: { acceptedAnswerId: before },
      after: { acceptedAnswerId: after },
    });
    return { questionId: question.id, acceptedAnswerId: after };
  });
}
