import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { answerVerifications, type Brand, questions, reputationEvents, type User, userBadges } from "../../db/schema";
import type { Locale } from "../i18n/locales";
import type { ReputationReason } from "../reputation/constants";
import { insertAnswers, insertQuestion } from "./qa";

const MINUTE = 60_000;

export type FastAnswer = {
  brand: Brand;
  asker: User;
  answerer: User;
  locale?: Locale;
  askedAt?: Date;
  minutesLater?: number;
  score?: number;
  accepted?: boolean;
  verifiedBy?: User;
  deleted?: boolean;
};

// A question and one answer inserted straight, with the accept and the verification the test asks for.
export async function insertAnsweredQuestion(db: Executor, a: FastAnswer) {
  const askedAt = a.askedAt ?? new Date(Date.now() - 7 * 24 * 60 * MINUTE);
  const { question } = await insertQuestion(db, { brand: a.brand, author: a.asker, locale: a.locale ?? "en", createdAt: askedAt });
  const answeredAt = new Date(askedAt.getTime() + (a.minutesLater ?? 180) * MINUTE);
  const [answer] = await insertAnswers(db, question.id, [
    { author: a.answerer, score: a.score ?? 0, createdAt: answeredAt, deletedAt: a.deleted ? answeredAt : null },
  ]);
  if (a.accepted) {
    await db
      .update(questions)
      .set({ acceptedAnswerId: answer!.id, acceptedAt: new Date(answeredAt.getTime() + MINUTE) })
      .where(eq(questions.id, question.id));
  }
  if (a.verifiedBy) {
    await db
      .insert(answerVerifications)
      .values({ postId: answer!.id, questionId: question.id, brandId: a.brand.id, verifiedById: a.verifiedBy.id, verifiedAt: answeredAt });
  }
  return { question, answer: answer! };
}

export async function badgesOf(db: Executor, user: User) {
  return db.select().from(userBadges).where(eq(userBadges.userId, user.id));
}

// Ledger rows written straight, for reading tests; the reputation verbs own the real writes.
export async function insertLedgerEvent(
  db: Executor,
  e: { user: User; brand: Brand; amount: number; at: Date; reason?: ReputationReason; reversesId?: number; postId?: number },
) {
  const [row] = await db
    .insert(reputationEvents)
    .values({
      userId: e.user.id,
      brandId: e.brand.id,
      reason: e.reason ?? "answer_upvoted",
      requestedAmount: e.amount,
      amount: e.amount,
      reversesId: e.reversesId ?? null,
      postId: e.postId ?? null,
      day: e.at.toISOString().slice(0, 10),
      createdAt: e.at,
    })
    .returning();
  return row!;
}
