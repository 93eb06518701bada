import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { giveBrandRole, giveSiteRole, makeBrand, makeUser } from "../../lib/testing/factories";
import { insertAnswers, insertQuestion } from "../../lib/testing/qa";
import { inRollback } from "../../lib/testing/test-db";
import type { Db, Tx } from "../client";
import { answerVerifications, brands, questions } from "../schema";
import { DEMO_VERIFICATION_TTL_DAYS, seedDemoVerifications } from "./seed-verifications";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

// The demo brands and accounts in miniature: four threads per brand, two of them accepted.
async function miniDemo(tx: Tx) {
  const staff = await makeUser(tx, { email: "staff@peerdesk.test" });
  const admin = await makeUser(tx, { email: "admin@peerdesk.test" });
  await giveSiteRole(tx, admin, "site_admin");
  const [asker, a1, a2] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
  const made = [];
  for (const slug of ["telvia", "banco-austral", "rapidito"]) {
    const brand = await makeBrand(tx, { slug, name: slug });
    if (slug === "telvia") await giveBrandRole(tx, brand, staff, "staff");
    for (let i = 0; i < 4; i++) {
      const { question } = await insertQuestion(tx, { brand, author: asker!, createdAt: daysAgo(40 - i), locale: i % 2 ? "en" : "es" });
      const answers = await insertAnswers(tx, question.id, [
        { author: a1!, createdAt: daysAgo(39 - i), score: 3 },
        { author: a2!, createdAt: daysAgo(39 - i), score: 1 },
      ]);
      if (i < 2) await tx.update(questions).set({ acceptedAnswerId: answers[0]!.id }).where(eq(questions.id, question.id));
    }
    made.push(brand);
  }
  return { staff, admin, brands: made };
}

describe("seedDemoVerifications", () => {
  it("sets a validity, verifies four answers per brand through the verb (one beside an accepted answer, one under review), as Telvia's staff there", async () => {
    await inRollback(async (tx) => {
      const demo = await miniDemo(tx);
      const result = await seedDemoVerifications(tx as unknown as Db, { now: NOW });
      expect(result).toEqual({ verified: 12, underReview: 3 });
      for (const brand of demo.brands) {
        const [row] = await tx.select({ ttl: brands.verificationTtlDays }).from(brands).where(eq(brands.id, brand.id));
        expect(row?.ttl).toBe(DEMO_VERIFICATION_TTL_DAYS);
        const live = await tx
          .select()
          .from(answerVerifications)
          .where(and(eq(answerVerifications.brandId, brand.id), isNull(answerVerifications.withdrawnAt)));
        expect(live).toHaveLength(4);
        expect(live.filter((v) => v.reviewSince)).toHaveLength(1);
        expect(live.every((v) => v.note && v.appliesTo && v.expiresAt && v.verifiedAt <= NOW)).toBe(true);
        expect(new Set(live.map((v) => v.verifiedById))).toEqual(new Set([brand.slug === "telvia" ? demo.staff.id : demo.admin.id]));
      }
      const acceptedAndVerified = await tx
        .select({ id: questions.id })
        .from(questions)
        .innerJoin(answerVerifications, eq(answerVerifications.questionId, questions.id))
        .where(and(isNotNull(questions.acceptedAnswerId), eq(answerVerifications.brandId, demo.brands[0]!.id)));
      expect(acceptedAndVerified).toHaveLength(2);
    });
  });
});
