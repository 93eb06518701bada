import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { brands, posts, questions, users } from "../../db/schema";

// Bulk rows straight into the tables: fixtures for a benchmark, not a code path under test.
export async function insertMembers(db: Db, count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({
      email: `${prefix}-${start + i}@bench.test`,
      handle: `${prefix}-${start + i}`,
      name: `Bench ${start + i}`,
    }));
    const inserted = await db.insert(users).values(rows).returning({ id: users.id });
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

export async function insertBrand(db: Db, slug: string) {
  const [brand] = await db
    .insert(brands)
    .values({ slug, name: `Bench ${slug}` })
    .returning();
  return brand!;
}

export async function insertThread(db: Db, brandId: string, authors: string[], answers: number, commentsPerAnswer: number) {
  const [q] = await db
    .insert(questions)
    .values({ brandId, authorId: authors[0]!, title: `Benchmark thread with ${answers} answers`, slug: `bench-${answers}`, locale: "en", answerCount: answers })
    .returning();
  await db.insert(posts).values({ questionId: q!.id, kind: "question", authorId: authors[0]!, body: "How do I reset the router?\n\n- step one\n- step two" });
  for (let start = 0; start < answers; start += 500) {
    const rows = Array.from({ length: Math.min(500, answers - start) }, (_, i) => ({
      questionId: q!.id,
      kind: "answer" as const,
      authorId: authors[(start + i) % authors.length]!,
      body: `Answer ${start + i}: unplug it for **30 seconds**, then check the \`WAN\` light.\n\n1. Open 192.168.1.1\n2. Save`,
      score: (start + i) % 7,
      commentCount: commentsPerAnswer,
    }));
    const inserted = await db.insert(posts).values(rows).returning({ id: posts.id });
    if (commentsPerAnswer > 0) {
      await db.execute(sql`
        insert into comments (post_id, question_id, author_id, body)
        select p.id, ${q!.id}, ${authors[1]!}, 'Did that work for you? https://example.com/help'
        from unnest(${sql.raw(`ARRAY[${inserted.map((r) => r.id).join(",")}]::bigint[]`)}) as p(id), generate_series(1, ${commentsPerAnswer})`);
    }
  }
  return q!;
}
