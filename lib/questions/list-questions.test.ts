import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Tx } from "../../db/client";
import { questions } from "../../db/schema";
import { makeBrand, makeCategory, makeUser } from "../testing/factories";
import { type FastQuestion, insertAnswers, insertQuestion } from "../testing/qa";
import { inRollback } from "../testing/test-db";
import { type ListFilters, type ListSort, listQuestions } from "./list-questions";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

async function makeWorld(tx: Tx) {
  const brand = await makeBrand(tx);
  const [author, answerer] = await Promise.all([makeUser(tx), makeUser(tx)]);
  const add = async (q: Omit<FastQuestion, "brand" | "author"> = {}) => (await insertQuestion(tx, { brand, author, ...q })).question;
  return { tx, brand, author, answerer, add };
}

const ids = (page: { items: { id: number }[] }) => page.items.map((i) => i.id);

describe("listQuestions sorts", () => {
  it("newest: by creation time, deleted questions left out of items and total", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const old = await w.add({ createdAt: minutesAgo(30) });
      const newest = await w.add({ createdAt: minutesAgo(1) });
      const middle = await w.add({ createdAt: minutesAgo(10) });
      await w.add({ createdAt: minutesAgo(5), deletedAt: minutesAgo(2) });
      const page = await listQuestions(tx, { brandId: w.brand.id, sort: "newest" });
      expect(ids(page)).toEqual([newest.id, middle.id, old.id]);
      expect(page.total).toBe(3);
      expect(page.nextCursor).toBeNull();
    });
  });

  it("active: by last activity, whatever the creation order", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const a = await w.add({ createdAt: minutesAgo(300), lastActivityAt: minutesAgo(1) });
      const b = await w.add({ createdAt: minutesAgo(10), lastActivityAt: minutesAgo(10) });
      const c = await w.add({ createdAt: minutesAgo(200), lastActivityAt: minutesAgo(5) });
      expect(ids(await listQuestions(tx, { brandId: w.brand.id, sort: "active" }))).toEqual([a.id, c.id, b.id]);
    });
  });

  it("unanswered: no accepted answer and no live answer with a positive score", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const none = await w.add({ createdAt: minutesAgo(1) });
      const zero = await w.add({ createdAt: minutesAgo(2) });
      await insertAnswers(tx, zero.id, [{ author: w.answerer, score: 0 }]);
      const negative = await w.add({ createdAt: minutesAgo(3) });
      await insertAnswers(tx, negative.id, [{ author: w.answerer, score: -2 }]);
      const plusOne = await w.add({ createdAt: minutesAgo(4) });
      await insertAnswers(tx, plusOne.id, [
        { author: w.answerer, score: 0 },
        { author: w.answerer, score: 1 },
      ]);
      const accepted = await w.add({ createdAt: minutesAgo(5) });
      const [zeroAccepted] = await insertAnswers(tx, accepted.id, [{ author: w.answerer, score: 0 }]);
      await tx.update(questions).set({ acceptedAnswerId: zeroAccepted!.id }).where(eq(questions.id, accepted.id));
      const deletedGood = await w.add({ createdAt: minutesAgo(6) });
      await insertAnswers(tx, deletedGood.id, [{ author: w.answerer, score: 5, deletedAt: minutesAgo(1) }]);

      const page = await listQuestions(tx, { brandId: w.brand.id, sort: "unanswered" });
      expect(ids(page)).toEqual([none.id, zero.id, negative.id, deletedGood.id]);
      expect(page.total).toBe(4);
      expect(page.items.map((i) => i.answerCount)).toEqual([0, 1, 1, 0]);
    });
  });

  it("top: by score within the week, the month or all time, counted back from a fixed now", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const recent = await w.add({ createdAt: daysAgo(2), score: 5 });
      const tiny = await w.add({ createdAt: daysAgo(1), score: 1 });
      const mid = await w.add({ createdAt: daysAgo(20), score: 9 });
      const old = await w.add({ createdAt: daysAgo(100), score: 50 });
      await w.add({ createdAt: daysAgo(1), score: 99, deletedAt: daysAgo(1) });
      const top = (period?: ListFilters["period"]) => listQuestions(tx, { brandId: w.brand.id, sort: "top", period, now: NOW });
      expect(ids(await top("week"))).toEqual([recent.id, tiny.id]);
      expect(ids(await top())).toEqual([recent.id, tiny.id]);
      expect(ids(await top("month"))).toEqual([mid.id, recent.id, tiny.id]);
      expect(ids(await top("all"))).toEqual([old.id, mid.id, recent.id, tiny.id]);
      expect((await top("month")).total).toBe(3);
      // The same data a week later: only what is then within seven days.
      const later = await listQuestions(tx, { brandId: w.brand.id, sort: "top", period: "week", now: new Date(NOW.getTime() + 6 * 86_400_000) });
      expect(ids(later)).toEqual([tiny.id]);
    });
  });
});

describe("listQuestions filters", () => {
  it("by tag, category and locale, each narrowing items and total alike", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const [billing, network] = [await makeCategory(tx, w.brand), await makeCategory(tx, w.brand)];
      const q1 = await w.add({ createdAt: minutesAgo(1), tags: ["router", "wifi"], categoryId: network.id, locale: "es" });
      const q2 = await w.add({ createdAt: minutesAgo(2), tags: ["factura"], categoryId: billing.id, locale: "es" });
      const q3 = await w.add({ createdAt: minutesAgo(3), tags: ["router"], categoryId: network.id, locale: "en" });
      const q4 = await w.add({ createdAt: minutesAgo(4), tags: ["wifi"], locale: "en" });
      const list = async (f: Partial<ListFilters>) => {
        const page = await listQuestions(tx, { brandId: w.brand.id, sort: "newest", ...f });
        expect(page.total).toBe(page.items.length);
        return ids(page);
      };
      expect(await list({ tag: "router" })).toEqual([q1.id, q3.id]);
      expect(await list({ tag: "wifi" })).toEqual([q1.id, q4.id]);
      expect(await list({ tag: "nothing-like-this" })).toEqual([]);
      expect(await list({ categoryId: network.id })).toEqual([q1.id, q3.id]);
      expect(await list({ categoryId: billing.id })).toEqual([q2.id]);
      expect(await list({ locale: "es" })).toEqual([q1.id, q2.id]);
      expect(await list({ locale: "en" })).toEqual([q3.id, q4.id]);
      expect(await list({ tag: "router", locale: "en", categoryId: network.id })).toEqual([q3.id]);
      const page = await listQuestions(tx, { brandId: w.brand.id, sort: "newest", tag: "router" });
      expect(page.items[0]).toMatchObject({ tags: ["router", "wifi"], locale: "es", brandSlug: w.brand.slug, authorHandle: w.author.handle });
    });
  });

  it("keeps other brands' questions and deleted brands out", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const mine = await w.add();
      const other = await makeBrand(tx);
      await insertQuestion(tx, { brand: other, author: w.author });
      const gone = await makeBrand(tx, { deletedAt: NOW });
      await insertQuestion(tx, { brand: gone, author: w.author });
      expect(ids(await listQuestions(tx, { brandId: w.brand.id, sort: "newest" }))).toEqual([mine.id]);
      expect(await listQuestions(tx, { brandId: gone.id, sort: "newest" })).toEqual({ items: [], nextCursor: null, total: 0 });
    });
  });
});

describe("listQuestions keyset pagination", () => {
  // 25 live questions in groups of five sharing a creation time, activity time and score, plus one deleted.
  async function crowd(w: Awaited<ReturnType<typeof makeWorld>>) {
    const made = [];
    for (let i = 0; i < 25; i++) {
      const group = Math.floor(i / 5);
      made.push(await w.add({ createdAt: minutesAgo(group), lastActivityAt: minutesAgo(10 - group), score: i % 3 }));
    }
    await w.add({ createdAt: minutesAgo(2), score: 1, deletedAt: NOW });
    return made;
  }

  const expectedOrder = (made: (typeof questions.$inferSelect)[], sort: ListSort) => {
    const key = (q: (typeof made)[number]) => (sort === "top" ? q.score : sort === "active" ? q.lastActivityAt.getTime() : q.createdAt.getTime());
    return [...made].sort((a, b) => key(b) - key(a) || b.id - a.id).map((q) => q.id);
  };

  it.each(["newest", "active", "top", "unanswered"] as const)("%s: walks all 25 exactly once in pages of 10, ties included", async (sort) => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const made = await crowd(w);
      const pages: number[][] = [];
      let cursor: string | undefined;
      do {
        const page = await listQuestions(tx, { brandId: w.brand.id, sort, period: "all", limit: 10, cursor, now: NOW });
        expect(page.total).toBe(25);
        pages.push(ids(page));
        cursor = page.nextCursor ?? undefined;
      } while (cursor && pages.length < 10);
      expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
      const walked = pages.flat();
      expect(new Set(walked).size).toBe(25);
      expect(walked).toEqual(expectedOrder(made, sort));
    });
  });

  it("ends without a cursor when the last page is exactly full", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      for (let i = 0; i < 20; i++) await w.add({ createdAt: minutesAgo(i % 2) });
      const first = await listQuestions(tx, { brandId: w.brand.id, sort: "newest", limit: 10 });
      expect(first.nextCursor).not.toBeNull();
      const second = await listQuestions(tx, { brandId: w.brand.id, sort: "newest", limit: 10, cursor: first.nextCursor! });
      expect(second.items).toHaveLength(10);
      expect(second.nextCursor).toBeNull();
      expect(new Set([...ids(first), ...ids(second)]).size).toBe(20);
    });
  });

  it("treats a tampered cursor as the first page and clamps the limit to 1…50", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      for (let i = 0; i < 3; i++) await w.add({ createdAt: minutesAgo(i) });
      const first = ids(await listQuestions(tx, { brandId: w.brand.id, sort: "newest" }));
      for (const cursor of ["garbage", Buffer.from('{"v":{},"id":"x"}').toString("base64url"), "e30"]) {
        expect(ids(await listQuestions(tx, { brandId: w.brand.id, sort: "newest", cursor }))).toEqual(first);
      }
      expect((await listQuestions(tx, { brandId: w.brand.id, sort: "newest", limit: 0 })).items).toHaveLength(1);
      expect((await listQuestions(tx, { brandId: w.brand.id, sort: "newest", limit: -5 })).items).toHaveLength(1);
    });
  });
});
