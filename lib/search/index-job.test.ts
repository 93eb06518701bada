import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor } from "../../db/client";
import { brands, searchDocuments } from "../../db/schema";
import { acceptAnswer } from "../answers/accept-answer";
import { Guardian } from "../permissions/guardian";
import { ANONYMOUS } from "../permissions/viewer";
import { deletePost } from "../posts/delete-post";
import { restorePost } from "../posts/restore-post";
import { ctxFor, giveBrandRole, giveSiteRole, makeBrand, makeUser, viewerOf } from "../testing/factories";
import { answerAs, askAs } from "../testing/qa";
import { inRollback } from "../testing/test-db";
import { hydrateSearchHits } from "./hydrate";
import { handleSearchIndex } from "./index-job";
import { createPostgresSearchBackend } from "./postgres/postgres-backend";

// The search.index jobs the transaction queued so far, by question.
async function queuedIndexJobs(db: Executor, questionId: number): Promise<number> {
  const rows = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from pgboss.job where name = 'search.index' and state = 'created' and (data->>'questionId')::bigint = ${questionId}`,
  );
  return rows[0]!.n;
}

// What the worker does with the queued jobs: the handler, on this transaction.
async function runQueuedIndexJobs(db: Executor): Promise<void> {
  const rows = await db.execute<{ id: string; data: { questionId: number } }>(
    sql`select id, data from pgboss.job where name = 'search.index' and state = 'created'`,
  );
  await handleSearchIndex(
    db,
    rows.map((r) => r.data),
  );
  await db.execute(sql`delete from pgboss.job where name = 'search.index' and state = 'created'`);
}

describe("search.index job", () => {
  it("follows a thread through the verbs: asked, answered, accepted, deleted, restored", async () => {
    await inRollback(async (tx) => {
      const brand = await makeBrand(tx);
      const [asker, answerer, staff] = [await makeUser(tx), await makeUser(tx), await makeUser(tx)];
      await giveBrandRole(tx, brand, staff, "staff");
      const search = (query: string) => createPostgresSearchBackend(tx).search({ query, brandId: brand.id, sort: "relevance", page: 1, pageSize: 10 });

      const { questionId, questionPostId } = await askAs(tx, asker, brand, {
        title: "El decodificador parpadea en rojo",
        body: "La luz roja no se apaga.",
        locale: "es",
        tags: ["tv"],
      });
      expect(await queuedIndexJobs(tx, questionId)).toBe(1);
      await runQueuedIndexJobs(tx);
      expect((await search("decodificador")).hits.map((h) => h.id)).toEqual([questionId]);

      const answerId = await answerAs(tx, answerer, questionId, {}, "Desenchufa la zanahoria treinta segundos.");
      // One waiting job per question (the queue's "short" policy), however many changes.
      expect(await queuedIndexJobs(tx, questionId)).toBe(1);
      expect((await search("zanahoria")).total).toBe(0);
      await runQueuedIndexJobs(tx);
      expect((await search("zanahoria")).hits.map((h) => h.id)).toEqual([questionId]);
      expect((await search("")).facets.status).toContainEqual({ value: "answered", count: 1 });

      await acceptAnswer({ ctx: await ctxFor(tx, asker), input: { postId: answerId } });
      await runQueuedIndexJobs(tx);
      expect((await search("zanahoria")).facets.status).toContainEqual({ value: "accepted", count: 1 });

      await deletePost({ ctx: await ctxFor(tx, staff), input: { postId: questionPostId } });
      await runQueuedIndexJobs(tx);
      expect((await search("decodificador")).total).toBe(0);
      expect(await tx.$count(searchDocuments, eq(searchDocuments.questionId, questionId))).toBe(0);

      await restorePost({ ctx: await ctxFor(tx, staff), input: { postId: questionPostId } });
      await runQueuedIndexJobs(tx);
      expect((await search("decodificador")).total).toBe(1);
    });
  });

  it("hydrates ids into threads the viewer may see, in the backend's order", async () => {
    await inRollback(async (tx) => {
      const brand = await makeBrand(tx);
      const gone = await makeBrand(tx);
      const [asker, admin] = [await makeUser(tx), await makeUser(tx)];
      const a = await askAs(tx, asker, brand, { title: "Primera pregunta visible" });
      const b = await askAs(tx, asker, gone, { title: "Pregunta de una marca borrada" });
      await tx.update(brands).set({ deletedAt: new Date() }).where(eq(brands.id, gone.id));
      const hits = [b.questionId, a.questionId, 999_999_999].map((id) => ({ id, titleHighlight: "", snippet: "" }));
      const visitor = await hydrateSearchHits(tx, new Guardian(ANONYMOUS), hits);
      expect(visitor.map((h) => h.question.id)).toEqual([a.questionId]);
      expect(visitor[0]!.brand.slug).toBe(brand.slug);
      await giveSiteRole(tx, admin, "site_admin");
      const siteAdmin = await hydrateSearchHits(tx, new Guardian(await viewerOf(tx, admin)), hits);
      expect(siteAdmin.map((h) => h.question.id)).toEqual([b.questionId, a.questionId]);
    });
  });
});
