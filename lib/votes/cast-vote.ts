import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { posts, questions, votes } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { loadPost } from "../posts/load-post";
import { VoteInput } from "../posts/schemas";
import { applyVoteReputation } from "../reputation/apply-vote-reputation";
import { indexLater } from "../search/index-later";
import { parseInput } from "../validation/parse-input";

async function currentVote(tx: Tx, postId: number, userId: string): Promise<number> {
  const [row] = await tx
    .select({ value: votes.value })
    .from(votes)
    .where(and(eq(votes.postId, postId), eq(votes.userId, userId)));
  return row?.value ?? 0;
}

// value 1 or -1 casts or changes the vote; 0 withdraws it. The vote row and the score move in one transaction.
export async function castVote({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(VoteInput, input);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    // The post row lock serialises every vote on this post, so the score is exact under any concurrency.
    const found = await loadPost(tx, data.postId, { lock: "post" });
    if (data.value === -1) guardian.ensureCanVoteDown(found?.brand, found?.question, found?.post);
    else guardian.ensureCanVote(found?.brand, found?.question, found?.post);
    const { brand, question, post } = found!;
    const before = await currentVote(tx, post.id, actor.id);
    const after = data.value;
    if (before === after) return { postId: post.id, value: after, score: post.score };

    if (after === 0) {
      await tx.delete(votes).where(and(eq(votes.postId, post.id), eq(votes.userId, actor.id)));
    } else {
      await tx
        .insert(votes)
        .values({ postId: post.id, userId: actor.id, value: after, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({ target: [votes.postId, votes.userId], set: { value: after, updatedAt: now } });
    }
    const up = (after === 1 ? 1 : 0) - (before === 1 ? 1 : 0);
    const down = (after === -1 ? 1 : 0) - (before === -1 ? 1 : 0);
    const [updated] = await tx
      .update(posts)
      .set({ score: sql`${posts.score} + ${after - before}`, upvotes: sql`${posts.upvotes} + ${up}`, downvotes: sql`${posts.downvotes} + ${down}` })
      .where(eq(posts.id, post.id))
      .returning({ score: posts.score });
    if (post.kind === "question") {
      await tx
        .update(questions)
        .set({ score: sql`${questions.score} + ${after - before}` })
        .where(eq(questions.id, question.id));
    }
    await applyVoteReputation(tx, { brandId: brand.id, post, voterId: actor.id, before, after, now });
    // Search stores the question's score only.
    if (post.kind === "question") await indexLater(tx, question.id);
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "vote.cast",
      subjectType: "post",
      subjectId: String(post.id),
      before: { value: before },
      after: { value: after },
    });
    return { postId: post.id, value: after, score: updated?.score ?? post.score };
  });
}
