import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor } from "../../db/client";
import { questionViews } from "../../db/schema";
import { makeBrand, makeUser } from "../testing/factories";
import { insertQuestion, questionRow } from "../testing/qa";
import { inRollback, testDb } from "../testing/test-db";
import { recordView } from "./record-view";
import { viewerKeyOf } from "./viewer-key";

const DAY1 = new Date("2026-03-02T09:00:00.000Z");
const DAY1_LATE = new Date("2026-03-02T23:59:59.999Z");
const DAY2_EARLY = new Date("2026-03-03T00:00:00.001Z");

async function makeThread(db: Executor) {
  const brand = await makeBrand(db);
  const author = await makeUser(db);
  const { question } = await insertQuestion(db, { brand, author });
  return question.id;
}
const views = async (db: Executor, questionId: number) => (await questionRow(db, questionId)).viewCount;

describe("recordView", () => {
  it("counts a viewer once per day however often they open the page", async () => {
    await inRollback(async (tx) => {
      const id = await makeThread(tx);
      expect(await recordView(tx, id, "u:reader", DAY1)).toBe(true);
      expect(await recordView(tx, id, "u:reader", DAY1)).toBe(false);
      expect(await recordView(tx, id, "u:reader", DAY1_LATE)).toBe(false);
      expect(await views(tx, id)).toBe(1);
      expect(await recordView(tx, id, "u:reader", DAY2_EARLY)).toBe(true);
      expect(await recordView(tx, id, "u:reader", DAY2_EARLY)).toBe(false);
      expect(await views(tx, id)).toBe(2);
      expect(await tx.select({ day: questionViews.day }).from(questionViews).where(eq(questionViews.questionId, id)).orderBy(questionViews.day)).toEqual([
        { day: "2026-03-02" },
        { day: "2026-03-03" },
      ]);
    });
  });

  it("counts different viewers separately, and a view of one thread does not count for another", async () => {
    await inRollback(async (tx) => {
      const [a, b] = [await makeThread(tx), await makeThread(tx)];
      for (const key of ["u:one", "u:two", viewerKeyOf(null, "203.0.113.9", "Firefox")]) expect(await recordView(tx, a, key, DAY1)).toBe(true);
      expect(await views(tx, a)).toBe(3);
      expect(await views(tx, b)).toBe(0);
      expect(await recordView(tx, b, "u:one", DAY1)).toBe(true);
      expect(await views(tx, b)).toBe(1);
      expect(await views(tx, a)).toBe(3);
    });
  });

  it("counts once when the same viewer's requests arrive at the same time", async () => {
    const db = testDb();
    const id = await makeThread(db);
    const key = `u:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => recordView(db, id, key, DAY1)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await views(db, id)).toBe(1);
  });
});

describe("viewerKeyOf", () => {
  const id = "7d0f3c1e-8a4b-4c2d-9e6f-0a1b2c3d4e5f";

  it("keys a member by id, whatever their address or browser", () => {
    expect(viewerKeyOf(id, "198.51.100.1", "Safari")).toBe(`u:${id}`);
    expect(viewerKeyOf(id, null, null)).toBe(`u:${id}`);
  });

  it("keys a visitor by a stable hash of address and browser that holds no raw address", () => {
    const key = viewerKeyOf(null, "198.51.100.1", "Mozilla/5.0 Firefox/140");
    expect(key).toMatch(/^a:[A-Za-z0-9_-]{22}$/);
    expect(key).not.toContain("198.51");
    expect(viewerKeyOf(null, "198.51.100.1", "Mozilla/5.0 Firefox/140")).toBe(key);
    expect(viewerKeyOf(null, "198.51.100.2", "Mozilla/5.0 Firefox/140")).not.toBe(key);
    expect(viewerKeyOf(null, "198.51.100.1", "Mozilla/5.0 Chrome/140")).not.toBe(key);
  });

  it("copes with a missing address or browser, keeping the two apart", () => {
    const noIp = viewerKeyOf(null, null, "Firefox");
    const noUa = viewerKeyOf(null, "Firefox", null);
    expect(noIp).toMatch(/^a:/);
    expect(viewerKeyOf(null, null, "Firefox")).toBe(noIp);
    expect(noIp).not.toBe(noUa);
    expect(viewerKeyOf(null, null, null)).toBe(viewerKeyOf(null, null, null));
  });
});
