import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor, Tx } from "../../db/client";
import { answerVerifications, type Brand, posts, questions, type User } from "../../db/schema";
import { makeBrand, makeCategory, makeUser } from "../testing/factories";
import { insertAnswers, insertQuestion } from "../testing/qa";
import { inRollback } from "../testing/test-db";
import type { SearchBackend, SearchQuery } from "./backend";

// One suite for every backend (issue 7). The factory gets the test's transaction, where the threads are written;
// each test makes its own brands and filters on them, so tests never see each other's threads.
export type BackendFactory = (db: Executor) => SearchBackend;

type ThreadSpec = {
  title: string;
  body: string;
  locale: "es" | "en";
  tags?: string[];
  answers?: string[];
  score?: number;
  createdAt?: Date;
  accepted?: boolean;
  verified?: boolean;
  categoryId?: string;
};

async function thread(tx: Tx, brand: Brand, author: User, spec: ThreadSpec): Promise<number> {
  const { question, questionPost } = await insertQuestion(tx, {
    brand,
    author,
    title: spec.title,
    locale: spec.locale,
    tags: spec.tags,
    score: spec.score,
    createdAt: spec.createdAt,
    categoryId: spec.categoryId,
  });
  await tx.update(posts).set({ body: spec.body }).where(eq(posts.id, questionPost.id));
  const answers = await insertAnswers(
    tx,
    question.id,
    (spec.answers ?? (spec.accepted || spec.verified ? ["La respuesta. The answer."] : [])).map((body) => ({ author, body })),
  );
  if (spec.accepted) await tx.update(questions).set({ acceptedAnswerId: answers[0]!.id }).where(eq(questions.id, question.id));
  if (spec.verified)
    await tx.insert(answerVerifications).values({ postId: answers[0]!.id, questionId: question.id, brandId: brand.id, verifiedById: author.id });
  return question.id;
}

const BAD_INPUTS = [
  "",
  "   ",
  "x".repeat(5_000),
  "palabra ".repeat(700),
  "!!! ??? ... ,,, ;;; ---",
  "a & | ! ( ) :* <-> <2> ' \" \\",
  "router & | ! (",
  "'; drop table search_documents; --",
  '" or 1=1 --',
  "😀🔥 router 📶",
  "wifi Ελληνικά русский 中文 العربية",
  "\u0000null\u0000byte",
  "or and not -",
  "-router",
  '"unclosed quote',
];

export function defineSearchBackendContract(name: string, factory: BackendFactory): void {
  const world = async (tx: Tx) => {
    const backend = factory(tx);
    const brand = await makeBrand(tx);
    const other = await makeBrand(tx);
    const author = await makeUser(tx);
    const category = await makeCategory(tx, brand);
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
    const ids = {
      phone: await thread(tx, brand, author, {
        title: "No puedo recibir llamadas en mi teléfono",
        body: "Desde ayer el teléfono no suena cuando me llaman.",
        locale: "es",
        tags: ["llamadas"],
        answers: ["Revisa el modo avión y el desvío de llamadas."],
        createdAt: day(1),
        score: 2,
      }),
      router: await thread(tx, brand, author, {
        title: "How do I reset my router?",
        body: "The router keeps dropping the connection every evening.",
        locale: "en",
        tags: ["router"],
        answers: ["Hold the small button on the back for ten seconds."],
        createdAt: day(2),
        score: 5,
      }),
      wifi: await thread(tx, brand, author, {
        title: "Wifi disconnects at night",
        body: "Every night the signal disappears for an hour.",
        locale: "en",
        tags: ["senal"],
        createdAt: day(3),
        score: 1,
      }),
      bill: await thread(tx, brand, author, {
        title: "Factura duplicada este mes",
        body: "Me cobraron dos veces la misma factura.",
        locale: "es",
        tags: ["facturacion"],
        categoryId: category.id,
        createdAt: day(4),
        score: 0,
      }),
      otherBrandPhone: await thread(tx, other, author, {
        title: "No puedo recibir llamadas en mi teléfono",
        body: "El teléfono no suena.",
        locale: "es",
        accepted: true,
      }),
    };
    await backend.index(Object.values(ids));
    const search = (q: Partial<SearchQuery>) => backend.search({ query: "", brandId: brand.id, sort: "relevance", page: 1, pageSize: 20, ...q });
    const found = async (q: Partial<SearchQuery>) => (await search(q)).hits.map((h) => h.id);
    return { tx, backend, brand, other, author, category, ids, search, found, day };
  };

  describe(`search backend contract: ${name}`, () => {
    it("finds a thread by a word of its title, its body, its answers and its tags", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        expect(await w.found({ query: "reset" })).toEqual([w.ids.router]);
        expect(await w.found({ query: "dropping connection" })).toEqual([w.ids.router]);
        expect(await w.found({ query: "button" })).toEqual([w.ids.router]);
        expect(await w.found({ query: "facturacion" })).toEqual([w.ids.bill]);
      });
    });

    it("ignores accents in both directions", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        expect(await w.found({ query: "telefono" })).toEqual([w.ids.phone]);
        expect(await w.found({ query: "TELÉFONO" })).toEqual([w.ids.phone]);
        expect(await w.found({ query: "avion" })).toEqual([w.ids.phone]);
        expect(await w.found({ query: "facturación" })).toEqual([w.ids.bill]);
      });
    });

    it("stems Spanish and English", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        expect(await w.found({ query: "llamada" })).toEqual([w.ids.phone]);
        expect(await w.found({ query: "facturas", locale: "es" })).toEqual([w.ids.bill]);
        expect(await w.found({ query: "resetting routers" })).toEqual([w.ids.router]);
        expect(await w.found({ query: "disconnected", locale: "en" })).toEqual([w.ids.wifi]);
      });
    });

    it("tolerates a typo in a title word", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        expect(await w.found({ query: "ruter" })).toContain(w.ids.router);
        expect(await w.found({ query: "wfi" })).toContain(w.ids.wifi);
        expect(await w.found({ query: "telefno" })).toContain(w.ids.phone);
        expect((await w.search({ query: "ruter" })).fuzzy).toBe(true);
      });
    });

    it("highlights the matched words and escapes the rest", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        const [hit] = (await w.search({ query: "telefono" })).hits;
        expect(hit!.titleHighlight).toContain("<mark>teléfono</mark>");
        expect(hit!.snippet).toContain("<mark>teléfono</mark>");
        const id = await thread(tx, w.brand, w.author, { title: "<script>alert(1)</script> modem", body: "modem <b>bold</b>", locale: "en" });
        await w.backend.index([id]);
        const [xss] = (await w.search({ query: "modem" })).hits;
        expect(xss!.titleHighlight).not.toContain("<script>");
        expect(xss!.titleHighlight).toContain("&lt;script&gt;");
        expect(xss!.snippet).not.toContain("<b>");
      });
    });

    it("counts facets: brand, tag, category, language and status", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        const all = await w.search({ query: "" });
        expect(all.total).toBe(4);
        expect(all.facets.brand).toEqual([{ value: w.brand.id, count: 4 }]);
        expect(all.facets.language).toEqual([
          { value: "en", count: 2 },
          { value: "es", count: 2 },
        ]);
        expect(all.facets.category).toEqual([{ value: w.category.id, count: 1 }]);
        expect(all.facets.tag.map((t) => t.value).sort()).toEqual(["facturacion", "llamadas", "router", "senal"]);
        expect(all.facets.status).toEqual(
          expect.arrayContaining([
            { value: "unanswered", count: 2 },
            { value: "answered", count: 2 },
          ]),
        );
        const phones = await w.backend.search({ query: "llamadas telefono", sort: "relevance", page: 1, pageSize: 20 });
        const brandCounts = Object.fromEntries(phones.facets.brand.map((f) => [f.value, f.count]));
        expect(brandCounts[w.brand.id]).toBe(1);
        expect(brandCounts[w.other.id]).toBe(1);
      });
    });

    it("filters by brand, language, tag, category and status", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        expect((await w.found({ locale: "en" })).sort()).toEqual([w.ids.router, w.ids.wifi].sort());
        expect(await w.found({ tag: "router" })).toEqual([w.ids.router]);
        expect(await w.found({ categoryId: w.category.id })).toEqual([w.ids.bill]);
        expect((await w.found({ status: "unanswered" })).sort()).toEqual([w.ids.wifi, w.ids.bill].sort());
        expect((await w.found({ status: "answered" })).sort()).toEqual([w.ids.phone, w.ids.router].sort());
        expect(await w.found({ status: "accepted" })).toEqual([]);
        expect(await w.found({ brandId: w.other.id, status: "accepted" })).toEqual([w.ids.otherBrandPhone]);
        expect(await w.found({ query: "telefono", locale: "en" })).toEqual([]);
      });
    });

    it("sorts by newest and by votes, and pages", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        expect(await w.found({ sort: "newest" })).toEqual([w.ids.bill, w.ids.wifi, w.ids.router, w.ids.phone]);
        expect(await w.found({ sort: "votes" })).toEqual([w.ids.router, w.ids.phone, w.ids.wifi, w.ids.bill]);
        expect(await w.found({ sort: "votes", pageSize: 2, page: 2 })).toEqual([w.ids.wifi, w.ids.bill]);
        const paged = await w.search({ sort: "newest", pageSize: 3, page: 2 });
        expect(paged.total).toBe(4);
        expect(paged.hits.map((h) => h.id)).toEqual([w.ids.phone]);
      });
    });

    it("ranks verified, then accepted, above an equally relevant thread", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        const same = { title: "Cambiar el plan de datos", body: "Quiero cambiar mi plan de datos móviles.", locale: "es" as const, createdAt: w.day(10) };
        const plain = await thread(tx, w.brand, w.author, { ...same, answers: ["La respuesta. The answer."] });
        const accepted = await thread(tx, w.brand, w.author, { ...same, accepted: true });
        const verified = await thread(tx, w.brand, w.author, { ...same, verified: true });
        await w.backend.index([plain, accepted, verified]);
        expect(await w.found({ query: "plan de datos" })).toEqual([verified, accepted, plain]);
        expect(await w.found({ query: "plan de datos", status: "verified" })).toEqual([verified]);
      });
    });

    it("follows changes: re-indexing sees an edit, remove() forgets the thread", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        await tx.update(questions).set({ title: "Reiniciar el módem" }).where(eq(questions.id, w.ids.router));
        await w.backend.index([w.ids.router]);
        expect(await w.found({ query: "modem" })).toEqual([w.ids.router]);
        await w.backend.remove([w.ids.router]);
        expect(await w.found({ query: "modem" })).toEqual([]);
        expect(await w.found({ query: "button" })).toEqual([]);
        await w.backend.index([w.ids.router]);
        await tx.update(questions).set({ deletedAt: new Date() }).where(eq(questions.id, w.ids.router));
        await w.backend.index([w.ids.router]);
        expect(await w.found({ query: "modem" })).toEqual([]);
        await expect(w.backend.index([987_654_321])).resolves.toBeUndefined();
      });
    });

    it("suggests similar questions of the same brand in the member's languages, solved first", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        const solved = await thread(tx, w.brand, w.author, {
          title: "El teléfono no recibe llamadas entrantes",
          body: "Las llamadas no entran.",
          locale: "es",
          accepted: true,
        });
        await w.backend.index([solved]);
        const similar = await w.backend.similar({ brandId: w.brand.id, title: "no me llegan las llamadas al telefono", locales: ["es"] });
        expect(similar.slice(0, 2)).toEqual([solved, w.ids.phone]);
        expect(similar).not.toContain(w.ids.otherBrandPhone);
        expect(similar).not.toContain(w.ids.router);
        const english = await w.backend.similar({ brandId: w.brand.id, title: "router reset", body: "the connection drops", locales: ["en"] });
        expect(english[0]).toBe(w.ids.router);
        expect(await w.backend.similar({ brandId: w.brand.id, title: "ruter reset", locales: ["es"] })).not.toContain(w.ids.router);
        expect(await w.backend.similar({ brandId: w.brand.id, title: "How can I reset the ruter?", locales: ["en"] })).toContain(w.ids.router);
      });
    });

    it.each(BAD_INPUTS.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} chars)` : JSON.stringify(q), q]))(
      "never throws on bad input: %s",
      async (_label, query) => {
        await inRollback(async (tx) => {
          const w = await world(tx);
          for (const sort of ["relevance", "newest", "votes"] as const) {
            const result = await w.search({ query, sort });
            expect(Array.isArray(result.hits)).toBe(true);
            expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
          }
          await expect(w.backend.similar({ brandId: w.brand.id, title: query, body: query, locales: ["es", "en"] })).resolves.toBeInstanceOf(Array);
          await expect(w.backend.search({ query, sort: "relevance", page: -3, pageSize: 10_000, brandId: "not-a-uuid", tag: query })).resolves.toMatchObject({
            total: 0,
          });
        });
      },
    );

    it("finds a thread through a query with emoji and operators around real words", async () => {
      await inRollback(async (tx) => {
        const w = await world(tx);
        expect(await w.found({ query: "😀 router!!! (" })).toEqual([w.ids.router]);
        expect(await w.found({ query: "factura'; --" })).toEqual([w.ids.bill]);
        expect(await w.found({ query: "'; drop table search_documents; --" })).toEqual([]);
      });
    });
  });
}
