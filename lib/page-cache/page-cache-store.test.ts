import { sql as dsql, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { brands, comments, questions } from "../../db/schema";
import { makeBrand, makeUser } from "../testing/factories";
import { insertAnswers, insertQuestion } from "../testing/qa";
import { testDb } from "../testing/test-db";
import { lookUpCachedPage, storeCachedPage } from "./page-cache-store";

const body = Buffer.from("<html>cached</html>");

async function thread() {
  const db = testDb();
  const brand = await makeBrand(db);
  const author = await makeUser(db);
  const { question, questionPost } = await insertQuestion(db, { brand, author });
  return { db, brand, author, question, questionPost, sql: db.$client, key: `t:${question.id}:${Math.random()}` };
}

async function storeFresh(t: Awaited<ReturnType<typeof thread>>, key = t.key) {
  const { checkedAt } = await lookUpCachedPage(t.sql, key);
  return storeCachedPage(t.sql, { key, questionId: t.question.id, body, renderStartedAt: checkedAt, ttlSeconds: 60 });
}

describe("the shared page cache", () => {
  it("serves a stored page until it expires", async () => {
    const t = await thread();
    expect(await storeFresh(t)).toBe(true);
    expect((await lookUpCachedPage(t.sql, t.key)).body?.toString()).toBe("<html>cached</html>");
    await t.sql`update page_cache set expires_at = now() - interval '1 second' where key = ${t.key}`;
    expect((await lookUpCachedPage(t.sql, t.key)).body).toBeNull();
  });

  it("does not send the body again to a process that holds the current version", async () => {
    const t = await thread();
    await storeFresh(t);
    const first = await lookUpCachedPage(t.sql, t.key);
    expect(first.version).not.toBeNull();
    const again = await lookUpCachedPage(t.sql, t.key, first.version);
    expect(again).toMatchObject({ version: first.version, body: null });
    await storeFresh(t);
    const renewed = await lookUpCachedPage(t.sql, t.key, first.version);
    expect(renewed.version).not.toBe(first.version);
    expect(renewed.body?.toString()).toBe("<html>cached</html>");
  });

  it("forgets a thread's pages when an answer, a comment, a vote count or the question changes", async () => {
    const t = await thread();
    const writes = [
      async () => void (await insertAnswers(t.db, t.question.id, [{ author: t.author }])),
      async () => void (await t.db.insert(comments).values({ postId: t.questionPost.id, questionId: t.question.id, authorId: t.author.id, body: "a comment" })),
      async () => void (await t.db.execute(dsql`update posts set score = score + 1 where id = ${t.questionPost.id}`)),
      async () => void (await t.db.update(questions).set({ title: "A retitled question here" }).where(eq(questions.id, t.question.id))),
      async () => void (await t.db.update(brands).set({ color: "#123456" }).where(eq(brands.id, t.brand.id))),
    ];
    for (const write of writes) {
      await storeFresh(t);
      await write();
      expect((await lookUpCachedPage(t.sql, t.key)).body).toBeNull();
    }
  });

  it("keeps a thread's pages when only its view count moves", async () => {
    const t = await thread();
    await storeFresh(t);
    await t.db.update(questions).set({ viewCount: 5 }).where(eq(questions.id, t.question.id));
    expect((await lookUpCachedPage(t.sql, t.key)).body).not.toBeNull();
  });

  it("refuses a page rendered before a write that committed while it rendered", async () => {
    const t = await thread();
    const { checkedAt } = await lookUpCachedPage(t.sql, t.key);
    await insertAnswers(t.db, t.question.id, [{ author: t.author }]);
    expect(await storeCachedPage(t.sql, { key: t.key, questionId: t.question.id, body, renderStartedAt: checkedAt, ttlSeconds: 60 })).toBe(false);
    expect((await lookUpCachedPage(t.sql, t.key)).body).toBeNull();
  });

  it("forgets pages only when the write commits, not while it is still open", async () => {
    const t = await thread();
    await storeFresh(t);
    await t.db.transaction(async (tx) => {
      await tx.execute(dsql`update posts set score = score + 1 where id = ${t.questionPost.id}`);
      expect((await lookUpCachedPage(t.sql, t.key)).body).not.toBeNull();
    });
    expect((await lookUpCachedPage(t.sql, t.key)).body).toBeNull();
  });

  it("leaves other threads' pages alone", async () => {
    const a = await thread();
    const b = await thread();
    await storeFresh(a);
    await storeFresh(b);
    await insertAnswers(a.db, a.question.id, [{ author: a.author }]);
    expect((await lookUpCachedPage(b.sql, b.key)).body).not.toBeNull();
  });
});
