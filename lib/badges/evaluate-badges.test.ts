import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Tx } from "../../db/client";
import { answerVerifications, type Brand, type User, userBadges, users } from "../../db/schema";
import { makeBrand, makeUser } from "../testing/factories";
import { insertQuestion } from "../testing/qa";
import { badgesOf, type FastAnswer, insertAnsweredQuestion } from "../testing/recognition";
import { inRollback, ownTestDb } from "../testing/test-db";
import { BADGES } from "./catalogue";
import { evaluateBadges } from "./evaluate-badges";

async function world(tx: Tx) {
  const [brand, other] = await Promise.all([makeBrand(tx), makeBrand(tx)]);
  const [asker, helper, staff] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
  return { tx, brand, other, asker, helper, staff };
}
type World = Awaited<ReturnType<typeof world>>;

const answered = (w: World, extra: Partial<FastAnswer> = {}) => insertAnsweredQuestion(w.tx, { brand: w.brand, asker: w.asker, answerer: w.helper, ...extra });

async function slugsAfter(w: World, user: User = w.helper, brand: Brand = w.brand): Promise<string[]> {
  await evaluateBadges(w.tx, user.id, brand.id);
  return (await badgesOf(w.tx, user)).map((b) => b.badge).sort();
}

async function times(n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < n; i++) await fn();
}

describe("the badge catalogue", () => {
  it("has unique slugs, every tier, and the badges the issue names", () => {
    const slugs = BADGES.map((b) => b.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(BADGES.map((b) => b.tier))).toEqual(new Set(["bronze", "silver", "gold"]));
    expect(slugs).toEqual(
      expect.arrayContaining([
        "first-answer",
        "first-accepted",
        "trusted-helper",
        "pillar",
        "verified-answer",
        "bilingual",
        "quick-helper",
        "first-question",
        "good-answer",
      ]),
    );
  });
});

describe("evaluateBadges", () => {
  it("awards nothing to a member with nothing to show", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      expect(await evaluateBadges(tx, w.helper.id, w.brand.id)).toEqual([]);
    });
  });

  it("first question: a live question, site-wide, pointing at the question", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await insertQuestion(tx, { brand: w.other, author: w.helper, deletedAt: new Date() });
      expect(await slugsAfter(w)).toEqual([]);
      const { questionPost } = await insertQuestion(tx, { brand: w.other, author: w.helper });
      const awarded = await evaluateBadges(tx, w.helper.id, w.brand.id);
      expect(awarded).toEqual([{ badge: "first-question", brandId: null, postId: questionPost.id }]);
    });
  });

  it("first answer: a deleted answer does not count, a live one does", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await answered(w, { deleted: true });
      expect(await slugsAfter(w)).toEqual([]);
      const { answer } = await answered(w);
      expect(await evaluateBadges(tx, w.helper.id, w.brand.id)).toEqual([{ badge: "first-answer", brandId: null, postId: answer.id }]);
    });
  });

  it("first accepted: accepting one's own answer does not count", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await insertAnsweredQuestion(tx, { brand: w.brand, asker: w.helper, answerer: w.helper, accepted: true });
      expect(await slugsAfter(w)).toEqual(["first-answer", "first-question"]);
      await answered(w, { accepted: true });
      expect(await slugsAfter(w)).toContain("first-accepted");
    });
  });

  it("trusted helper: ten accepted answers in this brand, not nine, and not counting other brands", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await times(9, () => answered(w, { accepted: true }));
      await times(3, () => answered(w, { brand: w.other, accepted: true }));
      await times(2, () => answered(w));
      expect(await slugsAfter(w)).not.toContain("trusted-helper");
      await answered(w, { accepted: true });
      await evaluateBadges(tx, w.helper.id, w.brand.id);
      const rows = (await badgesOf(tx, w.helper)).filter((b) => b.badge === "trusted-helper");
      expect(rows).toEqual([expect.objectContaining({ brandId: w.brand.id })]);
      await evaluateBadges(tx, w.helper.id, w.other.id);
      expect((await badgesOf(tx, w.helper)).filter((b) => b.badge === "trusted-helper")).toHaveLength(1);
    });
  });

  it("pillar: fifty accepted answers in one brand", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await times(49, () => answered(w, { accepted: true }));
      expect(await slugsAfter(w)).not.toContain("pillar");
      await answered(w, { accepted: true });
      expect(await slugsAfter(w)).toContain("pillar");
    });
  });

  it("verified answer: only a verification in force, in this brand", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      const { answer } = await answered(w, { verifiedBy: w.staff });
      await tx.update(answerVerifications).set({ withdrawnAt: new Date(), withdrawnById: w.staff.id }).where(eq(answerVerifications.postId, answer.id));
      const expired = await answered(w);
      await tx.insert(answerVerifications).values({
        postId: expired.answer.id,
        questionId: expired.question.id,
        brandId: w.brand.id,
        verifiedById: w.staff.id,
        expiresAt: new Date(Date.now() - 1000),
      });
      await answered(w, { brand: w.other, verifiedBy: w.staff });
      expect(await slugsAfter(w)).not.toContain("verified-answer");
      await answered(w, { verifiedBy: w.staff });
      expect(await slugsAfter(w)).toContain("verified-answer");
    });
  });

  it("verified expert: ten verified answers in one brand", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await times(9, () => answered(w, { verifiedBy: w.staff }));
      expect(await slugsAfter(w)).not.toContain("verified-expert");
      await answered(w, { verifiedBy: w.staff });
      expect(await slugsAfter(w)).toContain("verified-expert");
    });
  });

  it("good answer at a score of 10 and great answer at 25, per brand", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await answered(w, { score: 9 });
      await answered(w, { brand: w.other, score: 30 });
      expect(await slugsAfter(w)).toEqual(["first-answer"]);
      await answered(w, { score: 10 });
      expect(await slugsAfter(w)).toEqual(["first-answer", "good-answer"]);
      await answered(w, { score: 25 });
      expect(await slugsAfter(w)).toEqual(["first-answer", "good-answer", "great-answer"]);
    });
  });

  it("bilingual: answers on questions in Spanish and in English, in any brands", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await answered(w, { locale: "es" });
      await answered(w, { locale: "es" });
      expect(await slugsAfter(w)).not.toContain("bilingual");
      const { answer } = await answered(w, { brand: w.other, locale: "en" });
      await evaluateBadges(tx, w.helper.id, w.brand.id);
      const [row] = (await badgesOf(tx, w.helper)).filter((b) => b.badge === "bilingual");
      expect(row).toMatchObject({ brandId: null, postId: answer.id });
    });
  });

  it("quick helper: within 60 minutes and accepted or verified; slower, unaccepted or self-answered ones do not count", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await answered(w, { minutesLater: 61, accepted: true });
      await answered(w, { minutesLater: 10 });
      await insertAnsweredQuestion(tx, { brand: w.brand, asker: w.helper, answerer: w.helper, minutesLater: 5, accepted: true });
      expect(await slugsAfter(w)).not.toContain("quick-helper");
      await answered(w, { minutesLater: 60, verifiedBy: w.staff });
      expect(await slugsAfter(w)).toContain("quick-helper");
    });
  });

  it("never awards a badge twice, however often it runs", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await answered(w, { accepted: true, minutesLater: 5, score: 12 });
      const first = await evaluateBadges(tx, w.helper.id, w.brand.id);
      expect(first.map((b) => b.badge).sort()).toEqual(["first-accepted", "first-answer", "good-answer", "quick-helper"]);
      expect(await evaluateBadges(tx, w.helper.id, w.brand.id)).toEqual([]);
      await evaluateBadges(tx, w.helper.id, w.other.id);
      expect(await badgesOf(tx, w.helper)).toHaveLength(4);
    });
  });

  it("awards nothing to a deleted member", async () => {
    await inRollback(async (tx) => {
      const w = await world(tx);
      await answered(w, { accepted: true });
      await tx.update(users).set({ deletedAt: new Date() }).where(eq(users.id, w.helper.id));
      expect(await evaluateBadges(tx, w.helper.id, w.brand.id)).toEqual([]);
    });
  });

  // Committed on purpose: concurrent evaluations need their own connections to race.
  it("awards each badge once when evaluations run concurrently", async () => {
    const db = ownTestDb({ max: 8 });
    const w = await db.transaction(async (tx) => {
      const created = await world(tx);
      await times(10, () => answered(created, { accepted: true, minutesLater: 20 }));
      return created;
    });
    const results = await Promise.all(Array.from({ length: 8 }, () => evaluateBadges(db, w.helper.id, w.brand.id)));
    const awardedOnce = results.flat().map((b) => b.badge);
    expect(awardedOnce.sort()).toEqual(["first-accepted", "first-answer", "quick-helper", "trusted-helper"]);
    const rows = await db.select().from(userBadges).where(eq(userBadges.userId, w.helper.id));
    expect(rows).toHaveLength(4);
  });
});
