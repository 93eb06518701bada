import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { brands, reputationTotals, userBadges, users } from "../../db/schema";
import { makeBrand, makeUser } from "../testing/factories";
import { insertAnswers, insertQuestion } from "../testing/qa";
import { insertAnsweredQuestion, insertLedgerEvent } from "../testing/recognition";
import { inRollback } from "../testing/test-db";
import { findProfile } from "./find-profile";
import { memberBadges } from "./member-badges";
import { reputationByBrand } from "./profile-reputation";
import { profileStats } from "./profile-stats";
import { recentActivity } from "./recent-activity";
import { reputationSeries } from "./reputation-series";
import { topAnswers } from "./top-answers";

const T0 = new Date("2026-03-02T10:00:00.000Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe("findProfile", () => {
  it("finds a member by handle in any case, and nobody for unknown or deleted handles", async () => {
    await inRollback(async (tx) => {
      const ana = await makeUser(tx, { handle: "Ana-Perez-x1" });
      const gone = await makeUser(tx);
      await tx.update(users).set({ deletedAt: new Date() }).where(eq(users.id, gone.id));
      expect(await findProfile(tx, "ana-perez-X1")).toMatchObject({ id: ana.id, handle: "Ana-Perez-x1", hideFromSearchEngines: false });
      expect(await findProfile(tx, gone.handle)).toBeNull();
      expect(await findProfile(tx, "nobody-here-at-all")).toBeNull();
    });
  });
});

describe("profileStats", () => {
  it("takes the median time of the answers that were first on their question", async () => {
    await inRollback(async (tx) => {
      const brand = await makeBrand(tx);
      const [asker, helper, rival] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
      const question = async () => (await insertQuestion(tx, { brand, author: asker, createdAt: T0 })).question.id;
      const q1 = await question();
      await insertAnswers(tx, q1, [
        { author: asker, createdAt: minutes(1) },
        { author: helper, createdAt: minutes(30) },
      ]);
      const q2 = await question();
      await insertAnswers(tx, q2, [
        { author: rival, createdAt: minutes(2), deletedAt: minutes(3) },
        { author: helper, createdAt: minutes(90) },
      ]);
      const q3 = await question();
      await insertAnswers(tx, q3, [
        { author: rival, createdAt: minutes(5) },
        { author: helper, createdAt: minutes(10) },
      ]);
      const q4 = await question();
      await insertAnswers(tx, q4, [
        { author: helper, createdAt: minutes(60) },
        { author: helper, createdAt: minutes(61) },
      ]);
      const stats = await profileStats(tx, helper.id);
      expect(stats.medianFirstAnswerSeconds).toBe(3600);
      expect(stats.answers).toBe(5);
      expect((await profileStats(tx, asker.id)).medianFirstAnswerSeconds).toBeNull();
    });
  });

  it("lists the languages of live answers and counts accepted and verified ones", async () => {
    await inRollback(async (tx) => {
      const [brand, gone] = await Promise.all([makeBrand(tx), makeBrand(tx)]);
      const [asker, helper, staff] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
      await insertAnsweredQuestion(tx, { brand, asker, answerer: helper, locale: "en", accepted: true, verifiedBy: staff });
      await insertAnsweredQuestion(tx, { brand, asker, answerer: helper, locale: "en", accepted: true });
      await insertAnsweredQuestion(tx, { brand, asker, answerer: helper, locale: "es", deleted: true });
      await insertAnsweredQuestion(tx, { brand: gone, asker, answerer: helper, locale: "es", accepted: true });
      await tx.update(brands).set({ deletedAt: new Date() }).where(eq(brands.id, gone.id));
      expect(await profileStats(tx, helper.id)).toMatchObject({ answers: 2, accepted: 2, verified: 1, languages: ["en"] });
      await insertAnsweredQuestion(tx, { brand, asker, answerer: helper, locale: "es" });
      expect((await profileStats(tx, helper.id)).languages).toEqual(["en", "es"]);
    });
  });
});

describe("reputation on the profile", () => {
  it("per brand from the totals, and over time as a running total by day", async () => {
    await inRollback(async (tx) => {
      const [one, two] = await Promise.all([makeBrand(tx, { name: "Alfa" }), makeBrand(tx, { name: "Beta" })]);
      const ana = await makeUser(tx);
      await tx.insert(reputationTotals).values([
        { userId: ana.id, brandId: one.id, total: 26 },
        { userId: ana.id, brandId: two.id, total: 516 },
      ]);
      expect((await reputationByBrand(tx, ana.id)).map((r) => [r.name, r.reputation])).toEqual([
        ["Beta", 516],
        ["Alfa", 26],
      ]);
      await insertLedgerEvent(tx, { user: ana, brand: one, amount: 10, at: new Date("2026-03-01T08:00:00Z") });
      await insertLedgerEvent(tx, { user: ana, brand: two, amount: 15, at: new Date("2026-03-01T20:00:00Z") });
      await insertLedgerEvent(tx, { user: ana, brand: one, amount: -2, at: new Date("2026-03-03T08:00:00Z") });
      expect(await reputationSeries(tx, ana.id)).toEqual([
        { day: "2026-03-01", total: 25 },
        { day: "2026-03-03", total: 23 },
      ]);
    });
  });
});

describe("answers, badges and activity on the profile", () => {
  it("shows the best answers first with their marks, and the newest activity first", async () => {
    await inRollback(async (tx) => {
      const brand = await makeBrand(tx);
      const [asker, helper, staff] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
      const low = await insertAnsweredQuestion(tx, { brand, asker, answerer: helper, score: 1, askedAt: minutes(0) });
      const high = await insertAnsweredQuestion(tx, { brand, asker, answerer: helper, score: 7, accepted: true, verifiedBy: staff, askedAt: minutes(10) });
      const top = await topAnswers(tx, helper.id);
      expect(top.map((a) => [a.postId, a.accepted, a.verified])).toEqual([
        [high.answer.id, true, true],
        [low.answer.id, false, false],
      ]);
      await tx.insert(userBadges).values({ userId: helper.id, badge: "first-answer", awardedAt: new Date() });
      await tx.insert(userBadges).values({ userId: helper.id, badge: "good-answer", brandId: brand.id, awardedAt: minutes(-60) });
      const activity = await recentActivity(tx, helper.id);
      expect(activity.map((a) => (a.kind === "badge" ? a.badge : a.postId))).toEqual(["first-answer", high.answer.id, low.answer.id, "good-answer"]);
      expect((await memberBadges(tx, helper.id)).map((b) => b.badge)).toEqual(["good-answer", "first-answer"]);
    });
  });
});
