import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { inRollback } from "../../lib/testing/test-db";
import { generateSearchCorpus, planSearchCorpus } from "./search-corpus";

const small = { questions: 2000, answersPerQuestion: 3, brands: 5, duplicatePairs: 20, seed: 42 };

const trigrams = (s: string) => {
  const t = ` ${s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")} `;
  return new Set(Array.from({ length: t.length - 2 }, (_, i) => t.slice(i, i + 3)));
};
const similarity = (a: string, b: string) => {
  const x = trigrams(a);
  const y = trigrams(b);
  const shared = [...x].filter((g) => y.has(g)).length;
  return shared / (x.size + y.size - shared);
};

describe("search corpus", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = planSearchCorpus(small).map((q) => q.title);
    const b = planSearchCorpus(small).map((q) => q.title);
    const c = planSearchCorpus({ ...small, seed: 43 }).map((q) => q.title);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    // Titles vary: templates filled with products, places and numbers.
    expect(new Set(a).size).toBeGreaterThan(a.length * 0.9);
  });

  it("writes both languages, duplicate pairs in one brand with similar titles, and frequent common words", async () => {
    await inRollback(async (tx) => {
      const corpus = await generateSearchCorpus(tx, small);
      expect(corpus.questionCount).toBe(2000);
      expect(corpus.pairs).toHaveLength(20);

      const langs = await tx.execute<{ locale: string; n: number }>(
        sql`select locale, count(*)::int as n from questions where brand_id = any(${sql.raw(`ARRAY[${corpus.brandIds.map((id) => `'${id}'`).join(",")}]::uuid[]`)}) group by locale`,
      );
      const byLocale = Object.fromEntries(langs.map((r) => [r.locale, r.n]));
      expect(byLocale.es).toBeGreaterThan(800);
      expect(byLocale.en).toBeGreaterThan(800);

      const answers = await tx.execute<{ n: number }>(
        sql`select count(*)::int as n from posts p join questions q on q.id = p.question_id where p.kind = 'answer' and q.brand_id = ${corpus.brandIds[0]!}`,
      );
      expect(answers[0]!.n).toBeGreaterThan(400 * 2);

      for (const pair of corpus.pairs) {
        const rows = await tx.execute<{ id: string; brand_id: string; title: string; locale: string }>(
          sql`select id, brand_id, title, locale from questions where id in (${pair.originalId}, ${pair.duplicateId}) order by id`,
        );
        expect(rows).toHaveLength(2);
        const [original, duplicate] = rows;
        expect(original!.brand_id).toBe(duplicate!.brand_id);
        expect(original!.brand_id).toBe(pair.brandId);
        expect(original!.locale).toBe(duplicate!.locale);
        expect(duplicate!.title).toBe(pair.title);
        expect(original!.title).not.toBe(duplicate!.title);
        expect(similarity(original!.title, duplicate!.title)).toBeGreaterThan(0.3);
      }

      for (const word of corpus.commonWords) {
        const [row] = await tx.execute<{ share: number }>(
          sql`select avg((p.body ilike ${`%${word}%`} or q.title ilike ${`%${word}%`})::int)::float as share from questions q join posts p on p.question_id = q.id and p.kind = 'question' where q.brand_id = any(${sql.raw(`ARRAY[${corpus.brandIds.map((id) => `'${id}'`).join(",")}]::uuid[]`)})`,
        );
        expect(row!.share, word).toBeGreaterThan(0.1);
      }
    });
  }, 60_000);
});
