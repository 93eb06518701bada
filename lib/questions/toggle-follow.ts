import "server-only";
import { and, eq } from "drizzle-orm";
import { follows } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, withTransaction } from "../context";
import { loadQuestion } from "../posts/load-post";
import { QuestionIdInput } from "../posts/schemas";
import { parseInput } from "../validation/parse-input";

export async function toggleFollow({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(QuestionIdInput, input);
  return withTransaction(ctx, async (tx) => {
    const found = await loadQuestion(tx, data.questionId);
    guardian.ensureCanFollow(found?.brand, found?.question);
    const { brand, question } = found!;
    const removed = await tx
      .delete(follows)
      .where(and(eq(follows.questionId, question.id), eq(follows.userId, actor.id)))
      .returning();
    const following = removed.length === 0;
    if (following) await tx.insert(follows).values({ questionId: question.id, userId: actor.id });
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: following ? "question.follow" : "question.unfollow",
      subjectType: "question",
      subjectId: String(question.id),
    });
    return { questionId: question.id, following };
  });
}
