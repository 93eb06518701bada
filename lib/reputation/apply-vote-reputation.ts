import "server-only";
import type { Tx } from "../../db/client";
import type { ReputationReason } from "./constants";
import { lockReputationTotals, recordReputation, reverseReputation } from "./record-reputation";

type VotedPost = { id: number; questionId: number; kind: "question" | "answer"; authorId: string };
type VoteChange = { brandId: string; post: VotedPost; voterId: string; before: number; after: number; now: Date };

// The author gains or loses by the vote; a downvote on an answer also costs the voter, so downvotes are spent with care.
export async function applyVoteReputation(tx: Tx, { brandId, post, voterId, before, after, now }: VoteChange): Promise<void> {
  if (before === after) return;
  const up: ReputationReason = post.kind === "question" ? "question_upvoted" : "answer_upvoted";
  const down: ReputationReason = post.kind === "question" ? "question_downvoted" : "answer_downvoted";
  const costsVoter = post.kind === "answer" && (before === -1 || after === -1);
  if (costsVoter) await lockReputationTotals(tx, brandId, [post.authorId, voterId], now);
  const onAuthor = { userId: post.authorId, brandId, postId: post.id, actorId: voterId, now };
  const onVoter = { userId: voterId, brandId, reason: "downvote_cast" as const, postId: post.id, actorId: voterId, now };
  if (before === 1) await reverseReputation(tx, { ...onAuthor, reason: up });
  if (before === -1) {
    await reverseReputation(tx, { ...onAuthor, reason: down });
    if (post.kind === "answer") await reverseReputation(tx, onVoter);
  }
  if (after === 1) await recordReputation(tx, { ...onAuthor, reason: up, questionId: post.questionId });
  if (after === -1) {
    await recordReputation(tx, { ...onAuthor, reason: down, questionId: post.questionId });
    if (post.kind === "answer") await recordReputation(tx, { ...onVoter, questionId: post.questionId });
  }
}
