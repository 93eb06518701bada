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

// Soft: the text stays for staff, who can restore it. Deleting the question post hides the whole thread.
export async function deletePost({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(PostIdInput, input);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await loadPost(tx, data.postId, { lock: true });
    guardian.ensureCanDeletePost(found?.brand, found?.question, found?.post);
    const { brand, question, post } = found!;
    await tx.update(posts).set({ deletedAt: now, deletedById: actor.id }).where(eq(posts.id, post.id));
    if (post.kind === "question") {
      await tx.update(questions).set({ deletedAt: now, deletedById: actor.id }).where(eq(questions.id, question.id));
    } else {
      await tx
        .update(questions)
        .set({
          answerCount: sql`greatest(${questions.answerCount} - 1, 0)`,
          ...(question.acceptedAnswerId === post.id ? { acceptedAnswerId: null, acceptedAt: null } : {}),
        })
        .where(eq(questions.id, question.id));
    }
    await recordThreadEvent(tx, { questionId: question.id, brandId: brand.id, type: "deleted", actorId: actor.id, postId: post.id, at: now });
    await indexLater(tx, question.id);
    await recordAudit(tx, { actorId: actor.id, brandId: brand.id, action: "post.delete", subjectType: "post", subjectId: String(post.id) });
    return { postId: post.id, questionId: question.id };
  });
}
