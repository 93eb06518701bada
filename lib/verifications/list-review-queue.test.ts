import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answerVerifications, posts } from "../../db/schema";
import { editPost } from "../posts/edit-post";
import { ctxFor, giveBrandRole, makeBrand, makeUser } from "../testing/factories";
import { insertAnswers, insertQuestion } from "../testing/qa";
import { inRollback } from "../testing/test-db";
import { listReviewQueue } from "./list-review-queue";
import { verifyAnswer } from "./verify-answer";
import { withdrawVerification } from "./withdraw-verification";

const T0 = new Date("2026-03-02T10:00:00.000Z");
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);

describe("listReviewQueue", () => {
  it("lists the brand's verifications under review or expired, longest waiting first, with counts; nothing in force, withdrawn, deleted or of another brand", async () => {
    await inRollback(async (tx) => {
      const brand = await makeBrand(tx, { verificationTtlDays: 30 });
      const other = await makeBrand(tx, { verificationTtlDays: 1 });
      const [asker, answerer, staff, otherStaff] = await Promise.all(Array.from({ length: 4 }, () => makeUser(tx)));
      await giveBrandRole(tx, brand, staff!, "staff");
      await giveBrandRole(tx, other, otherStaff!, "staff");
      const { question } = await insertQuestion(tx, { brand, author: asker!, createdAt: T0, title: "Router drops Wi-Fi every night" });
      const answers = await insertAnswers(
        tx,
        question.id,
        Array.from({ length: 6 }, (_v, i) => ({ author: answerer!, createdAt: at(0), body: `Answer ${i}` })),
      );
      const [expiredEarly, editedLate, inForce, withdrawn, deleted, editedEarly] = answers.map((a) => a.id) as [number, number, number, number, number, number];
      const verify = async (postId: number, days: number, b = brand, user = staff!) =>
        verifyAnswer({ ctx: await ctxFor(tx, user, { now: () => at(days) }), input: { brandId: b.id, postId } });
      const edit = async (postId: number, days: number) =>
        editPost({ ctx: await ctxFor(tx, answerer!, { now: () => at(days) }), input: { postId, body: `Changed on day ${days}` } });
      await verify(expiredEarly, 1); // expires on day 31
      await verify(editedLate, 20);
      await edit(editedLate, 40);
      await verify(editedEarly, 2);
      await edit(editedEarly, 25);
      await verify(inForce, 45);
      await verify(withdrawn, 1);
      await withdrawVerification({ ctx: await ctxFor(tx, staff!, { now: () => at(2) }), input: { brandId: brand.id, postId: withdrawn, reason: "Outdated" } });
      await verify(deleted, 1);
      await tx
        .update(posts)
        .set({ deletedAt: at(3) })
        .where(eq(posts.id, deleted));
      const { question: otherQuestion } = await insertQuestion(tx, { brand: other, author: asker!, createdAt: T0 });
      const [otherAnswer] = await insertAnswers(tx, otherQuestion.id, [{ author: answerer! }]);
      await verify(otherAnswer!.id, 1, other, otherStaff!);

      const queue = await listReviewQueue(tx, brand.id, at(50));
      expect(queue.items.map((i) => [i.postId, i.state])).toEqual([
        [editedEarly, "under_review"],
        [expiredEarly, "expired"],
        [editedLate, "under_review"],
      ]);
      expect(queue).toMatchObject({ underReview: 2, expired: 1 });
      expect(queue.items[0]).toMatchObject({
        title: "Router drops Wi-Fi every night",
        verifierName: staff!.name,
        body: "Changed on day 25",
        reviewSince: at(25),
      });
      // A day before its validity runs out, the early verification is not yet due.
      expect(await listReviewQueue(tx, brand.id, at(30))).toMatchObject({ underReview: 2, expired: 0 });
      // Verifying again takes it off the queue.
      await verify(editedEarly, 50);
      expect((await listReviewQueue(tx, brand.id, at(50))).items.map((i) => i.postId)).toEqual([expiredEarly, editedLate]);
      expect(await tx.$count(answerVerifications, eq(answerVerifications.brandId, brand.id))).toBe(6);
    });
  });
});
