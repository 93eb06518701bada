import "server-only";
import { eq, sql } from "drizzle-orm";
import { comments, posts, questions } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { notifyFollowers } from "../notifications/notify-followers";
import { loadPost } from "../posts/load-post";
import { recordThreadEvent } from "../posts/record-thread-event";
import { CommentInput } from "../posts/schemas";
import { parseInput } from "../validation/parse-input";

export async function addComment({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(CommentInput, input);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await loadPost(tx, data.postId, { lock: true });
    guardian.ensureCanComment(found?.brand, found?.question, found?.post);
    const { brand, question, post } = found!;
    const [comment] = await tx
      .insert(comments)
      .values({ postId: post.id, questionId: question.id, authorId: actor.id, body: data.body, createdAt: now })
      .returning({ id: comments.id });
    if (!comment) throw new Error("insert returned no row");
    await tx
      .update(posts)
      .set({ commentCount: sql`${posts.commentCount} + 1` })
      .where(eq(posts.id, post.id));
    await tx.update(questions).set({ lastActivityAt: now }).where(eq(questions.id, question.id));
    await recordThreadEvent(tx, { questionId: question.id, brandId: brand.id, type: "commented", actorId: actor.id, postId: post.id, at: now });
    await notifyFollowers(tx, { questionId: question.id, type: "new_comment", postId: post.id, actorId: actor.id, at: now });
    await recordAudit(tx, { actorId: actor.id, brandId: brand.id, action: "comment.add", subjectType: "comment", subjectId: String(comment.id) });
    return { id: comment.id, postId: post.id, questionId: question.id };
  });
}
