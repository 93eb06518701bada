import { describe, expect, inject, it } from "vitest";
import { closeDb, getDb } from "../../db/client";
import { handleEvaluateBadges } from "../jobs/handlers";
import { startWorker } from "../jobs/worker";
import { makeBrand, makeUser } from "../testing/factories";
import { answerAs, askAs } from "../testing/qa";
import { badgesOf } from "../testing/recognition";
import { inRollback, testDb } from "../testing/test-db";

describe("the badges.evaluate job", () => {
  it("the handler awards what the member has earned", async () => {
    await inRollback(async (tx) => {
      const [brand, asker, helper] = await Promise.all([makeBrand(tx), makeUser(tx), makeUser(tx)]);
      const { questionId } = await askAs(tx, asker, brand);
      await answerAs(tx, helper, questionId);
      const forHelper = { userId: helper.id, brandId: brand.id };
      await handleEvaluateBadges(tx, [forHelper, forHelper, { userId: asker.id, brandId: brand.id }, forHelper]);
      expect((await badgesOf(tx, helper)).map((b) => b.badge)).toEqual(["first-answer"]);
      expect((await badgesOf(tx, asker)).map((b) => b.badge)).toEqual(["first-question"]);
    });
  });

  // Committed on purpose: the worker only sees jobs another connection committed.
  it("is enqueued by answering and asking, and a worker awards the badges", { timeout: 60_000 }, async () => {
    const databaseUrl = inject("databaseUrl");
    process.env.DATABASE_URL = databaseUrl;
    const db = testDb();
    const [brand, asker, helper] = await Promise.all([makeBrand(db), makeUser(db), makeUser(db)]);
    const { questionId } = await askAs(db, asker, brand);
    await answerAs(db, helper, questionId);
    const boss = await startWorker(databaseUrl);
    try {
      // Other test files commit jobs too, so this one may wait behind them.
      const deadline = Date.now() + 45_000;
      const awarded = async () => (await badgesOf(db, helper)).length + (await badgesOf(db, asker)).length;
      while ((await awarded()) < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await badgesOf(db, helper)).map((b) => b.badge)).toEqual(["first-answer"]);
      expect((await badgesOf(db, asker)).map((b) => b.badge)).toEqual(["first-question"]);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await closeDb(getDb());
    }
  });
});
