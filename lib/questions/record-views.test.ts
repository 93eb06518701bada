import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { questions } from "../../db/schema";
import { bufferView, flushViews } from "../page-cache/view-buffer";
import { makeBrand, makeUser } from "../testing/factories";
import { insertQuestion } from "../testing/qa";
import { testDb } from "../testing/test-db";
import { recordViews } from "./record-views";

async function viewCount(id: number) {
  const [row] = await testDb().select({ n: questions.viewCount }).from(questions).where(eq(questions.id, id));
  return row!.n;
}

describe("recordViews", () => {
  it("counts each viewer once per question and day, across batches", async () => {
    const db = testDb();
    const brand = await makeBrand(db);
    const author = await makeUser(db);
    const a = (await insertQuestion(db, { brand, author })).question;
    const b = (await insertQuestion(db, { brand, author })).question;
    const day = "2026-11-23";
    expect(
      await recordViews(db, [
        { questionId: a.id, viewerKey: "a:1", day },
        { questionId: a.id, viewerKey: "a:2", day },
        { questionId: b.id, viewerKey: "a:1", day },
      ]),
    ).toBe(3);
    expect(
      await recordViews(db, [
        { questionId: a.id, viewerKey: "a:1", day },
        { questionId: a.id, viewerKey: "a:1", day: "2026-11-24" },
      ]),
    ).toBe(1);
    expect(await viewCount(a.id)).toBe(3);
    expect(await viewCount(b.id)).toBe(1);
  });

  it("writes buffered views when flushed, folding repeats", async () => {
    const db = testDb();
    const question = (await insertQuestion(db, { brand: await makeBrand(db), author: await makeUser(db) })).question;
    const now = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i < 5; i++) bufferView(db, question.id, "a:same", now);
    bufferView(db, question.id, "a:other", now);
    expect(await viewCount(question.id)).toBe(0);
    expect(await flushViews(db)).toBe(2);
    expect(await viewCount(question.id)).toBe(2);
  });
});
