import "server-only";
import { eq, sql } from "drizzle-orm";
import { posts, questions } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { indexLater } from "../search/index-later";
import { parseInput } from "../validation/parse-input";
import { loadPost } from "./load-post";
import { recordThreadEvent } from "./record-thread-event";
import { PostIdInput } from "./schemas";

export async function restorePost({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(PostIdInput, input);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await loadPost(tx, data.postId, { lock: true });
    guardian.ensureCanRestorePost(found?.brand, found?.question, found?.post);
    const { brand, question, post } = found!;
    await tx.update(posts).set({ deletedAt: null, deletedById: null }).where(eq(posts.id, post.id));
    if (post.kind === "question") {
      await tx.update(questions).set({ deletedAt: null, deletedById: null }).where(eq(questions.id, question.id));
    } else {
      await tx
        .update(questions)
        .set({ answerCount: sql`${questions.answerCount} + 1` })
        .where(eq(questions.id, question.id));
    }
    await recordThreadEvent(tx, { questionId: question.id, brandId: brand.id, type: "restored", actorId: actor.id, postId: post.id, at: now });
    await indexLater(tx, question.id);
    await recordAudit(tx, { actorId: actor.id, brandId: brand.id, action: "post.restore", subjectType: "post", subjectId: String(post.id) });
    return { postId: post.id, questionId: question.id };
  });
}
