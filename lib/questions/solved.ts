import { type SQL, sql } from "drizzle-orm";
import { answerVerifications, posts, questions } from "../../db/schema";
import { verificationInForce } from "../verifications/in-force";

// The one definition of "solved": the asker accepted an answer, or the brand verifies a live answer (askers often never come back).
export function questionSolved(now?: Date): SQL {
  return sql`(${questions.acceptedAnswerId} is not null or ${questionVerified(now)})`;
}

export function questionVerified(now?: Date): SQL {
  return sql`exists (select 1 from ${answerVerifications} join ${posts} on ${posts.id} = ${answerVerifications.postId} and ${posts.deletedAt} is null where ${answerVerifications.questionId} = ${questions.id} and ${verificationInForce(now)})`;
}

export function isQuestionSolved(q: { acceptedAnswerId: number | null }, verifiedAnswersInForce: number): boolean {
  return q.acceptedAnswerId != null || verifiedAnswersInForce > 0;
}
