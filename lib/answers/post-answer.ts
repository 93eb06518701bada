import "server-only";
import { eq, sql } from "drizzle-orm";
import { posts, questions, revisions } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { evaluateBadgesLater } from "../badges/evaluate-later";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { notifyFollowers } from "../notifications/notify-followers";
import { loadQuestion } from "../posts/load-post";
import { recordThreadEvent } from "../posts/record-thread-event";
import { AnswerInput } from "../posts/schemas";
import { findByIdempotencyKey, lockIdempotencyKey } from "../questions/find-by-idempotency-key";
import { followQuestionAs } from "../questions/follow-question-as";
import { indexLater } from "../search/index-later";
import { parseInput } from "../validation/parse-input";

export async function postAnswer({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(AnswerInput, input);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await loadQuestion(tx, data.questionId, { lock: true });
    guardian.ensureCanAnswer(found?.brand, found?.question);
    const { question, brand } = found!;
    const key = data.idempotencyKey ? `answer:${question.id}:${data.idempotencyKey}` : null;
    if (key) {
      await lockIdempotencyKey(tx, actor.id, key);
      const existing = await findByIdempotencyKey(tx, actor.id, key);
      if (existing) return { id: existing.postId, questionId: question.id, duplicate: true };
    }
    const [answer] = await tx
      .insert(posts)
      .values({
        questionId: question.id,
        kind: "answer",
        authorId: actor.id,
        body: data.body,
        idempotencyKey: key,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: posts.id });
    if (!answer) throw new Error("insert returned no row");
    await tx.insert(revisions).values({ postId: answer.id, number: 1, authorId: actor.id, body: data.body, createdAt: now });
    const first = question.firstAnswerAt === null && actor.id !== question.authorId;
    await tx
      .update(questions)
      .set({ answerCount: sql`${questions.answerCount} + 1`, lastActivityAt: now, ...(first ? { firstAnswerAt: now } : {}) })
      .where(eq(questions.id, question.id));
    await followQuestionAs(tx, question.id, actor.id);
    await recordThreadEvent(tx, { questionId: question.id, brandId: brand.id, type: "answered", actorId: actor.id, postId: answer.id, at: now });
    if (first) await recordThreadEvent(tx, { questionId: question.id, brandId: brand.id, type: "first_answer", actorId: actor.id, postId: answer.id, at: now });
    await notifyFollowers(tx, { questionId: question.id, type: "new_answer", postId: answer.id, actorId: actor.id, at: now });
    await evaluateBadgesLater(tx, actor.id, brand.id);
    await indexLater(tx, question.id);
    await recordAudit(tx, { actorId: actor.id, brandId: brand.id, action: "answer.post", subjectType: "post", subjectId: String(answer.id) });
    return { id: answer.id, questionId: question.id, duplicate: false };
  });
}
