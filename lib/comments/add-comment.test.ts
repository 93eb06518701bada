import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Tx } from "../../db/client";
import { comments, notifications, threadEvents, type User } from "../../db/schema";
import { deletePost } from "../posts/delete-post";
import { ctxFor, giveBrandRole, makeBrand, makeUser } from "../testing/factories";
import { answerAs, askAs, postRow, questionRow } from "../testing/qa";
import { giveReputation } from "../testing/reputation";
import { inRollback } from "../testing/test-db";
import { addComment } from "./add-comment";

const NOW = new Date("2026-03-02T10:30:00.000Z");

async function makeWorld(tx: Tx) {
  const brand = await makeBrand(tx);
  const [asker, answerer, commenter, staff] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx), makeUser(tx)]);
  await giveBrandRole(tx, brand, staff, "staff");
  // Commenting on others' posts is a privilege earned with reputation.
  await giveReputation(tx, commenter, brand, 10);
  const { questionId, questionPostId } = await askAs(tx, asker, brand);
  const answerId = await answerAs(tx, answerer, questionId);
  return { tx, brand, asker, answerer, commenter, staff, questionId, questionPostId, answerId };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

const comment = async (w: World, user: User | null, postId: number, body = "Did you try another cable?") =>
  addComment({ ctx: await ctxFor(w.tx, user, { now: () => NOW }), input: { postId, body } });

describe("addComment", () => {
  it("adds the comment, counts it, bumps the thread and notifies followers but not the commenter", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const result = await comment(w, w.commenter, w.answerId, "  Did you   try another cable?  ");
      expect(result).toEqual({ id: expect.any(Number), postId: w.answerId, questionId: w.questionId });
      expect(await tx.select().from(comments).where(eq(comments.postId, w.answerId))).toEqual([
        expect.objectContaining({ id: result.id, authorId: w.commenter.id, body: "Did you try another cable?", createdAt: NOW }),
      ]);
      expect((await postRow(tx, w.answerId)).commentCount).toBe(1);
      expect((await questionRow(tx, w.questionId)).lastActivityAt).toEqual(NOW);
      expect(await tx.$count(threadEvents, and(eq(threadEvents.questionId, w.questionId), eq(threadEvents.type, "commented")))).toBe(1);
      const sent = await tx
        .select({ userId: notifications.userId })
        .from(notifications)
        .where(and(eq(notifications.questionId, w.questionId), eq(notifications.type, "new_comment")))
        .orderBy(asc(notifications.id));
      expect(sent.map((n) => n.userId).sort()).toEqual([w.asker.id, w.answerer.id].sort());
    });
  });

  it("rejects a comment too short or too long, and an anonymous visitor", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(comment(w, w.commenter, w.answerId, " x ")).rejects.toMatchObject({
        code: "validation",
        fieldErrors: { body: ["validation.comment_too_short"] },
      });
      await expect(comment(w, w.commenter, w.answerId, "y".repeat(601))).rejects.toMatchObject({
        code: "validation",
        fieldErrors: { body: ["validation.comment_too_long"] },
      });
      await expect(comment(w, null, w.answerId)).rejects.toMatchObject({ code: "unauthenticated" });
      expect((await postRow(tx, w.answerId)).commentCount).toBe(0);
    });
  });

  it("refuses a deleted post: not found for a member, forbidden for staff and for its author", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await deletePost({ ctx: await ctxFor(tx, w.answerer), input: { postId: w.answerId } });
      await expect(comment(w, w.commenter, w.answerId)).rejects.toMatchObject({ code: "not_found" });
      await expect(comment(w, w.staff, w.answerId)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.post_deleted" });
      await expect(comment(w, w.answerer, w.answerId)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.post_deleted" });
      expect(await tx.$count(comments, eq(comments.postId, w.answerId))).toBe(0);
    });
  });
});
