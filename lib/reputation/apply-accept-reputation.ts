import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { posts } from "../../db/schema";
import { lockReputationTotals, recordReputation, reverseReputation } from "./record-reputation";

type AcceptChange = { brandId: string; questionId: number; askerId: string; before: number | null; after: number | null; now: Date };

async function authorOf(tx: Tx, postId: number): Promise<string> {
  const [row] = await tx.select({ authorId: posts.authorId }).from(posts).where(eq(posts.id, postId));
  if (!row) throw new Error(`post ${postId} not found`);
  return row.authorId;
}

// The answerer earns the accept and the asker a little for closing the loop; accepting one's own answer earns nothing.
export async function applyAcceptReputation(tx: Tx, { brandId, questionId, askerId, before, after, now }: AcceptChange): Promise<void> {
  if (before === after) return;
  const previous = before === null ? null : await authorOf(tx, before);
  const next = after === null ? null : await authorOf(tx, after);
  await lockReputationTotals(tx, brandId, [askerId, ...(previous ? [previous] : []), ...(next ? [next] : [])], now);
  if (before !== null && previous !== null) {
    await reverseReputation(tx, { userId: previous, brandId, reason: "answer_accepted", postId: before, now });
    await reverseReputation(tx, { userId: askerId, brandId, reason: "accepted_an_answer", postId: before, now });
  }
  if (after !== null && next !== null && next !== askerId) {
    await recordReputation(tx, { userId: next, brandId, reason: "answer_accepted", postId: after, questionId, actorId: askerId, now });
    await recordReputation(tx, { userId: askerId, brandId, reason: "accepted_an_answer", postId: after, questionId, actorId: askerId, now });
  }
}
