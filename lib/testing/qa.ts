import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { type Brand, follows, posts, questions, questionTags, tags, type User, votes } from "../../db/schema";
import { postAnswer } from "../answers/post-answer";
import type { Ctx } from "../context";
import type { Locale } from "../i18n/locales";
import { AskInput } from "../posts/schemas";
import { askQuestion } from "../questions/ask";
import { ctxFor } from "./factories";

// A valid ask form, unique enough that two calls never look alike.
export function askInput(brand: Pick<Brand, "id">, overrides: Record<string, unknown> = {}) {
  const stamp = randomUUID().slice(0, 8);
  return {
    brandId: brand.id,
    title: `How do I reset the router ${stamp}?`,
    body: `The router ${stamp} keeps dropping the connection every evening.`,
    tags: ["router", "wifi"],
    locale: "en",
    ...overrides,
  };
}

export async function questionPostOf(db: Executor, questionId: number) {
  const [post] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.questionId, questionId), eq(posts.kind, "question")));
  if (!post) throw new Error(`question ${questionId} has no question post`);
  return post;
}

export async function questionRow(db: Executor, questionId: number) {
  const [question] = await db.select().from(questions).where(eq(questions.id, questionId));
  if (!question) throw new Error(`question ${questionId} not found`);
  return question;
}

export async function postRow(db: Executor, postId: number) {
  const [post] = await db.select().from(posts).where(eq(posts.id, postId));
  if (!post) throw new Error(`post ${postId} not found`);
  return post;
}

// The brand's tags already exist, as its staff would have made them, so any member may use them.
export async function ensureBrandTags(db: Executor, brandId: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await db
    .insert(tags)
    .values(names.map((name) => ({ brandId, name })))
    .onConflictDoNothing();
}

// Asks through the verb, so every test thread is one the product could have made; creating tags is tested on its own.
export async function askAs(db: Executor, user: User, brand: Brand, overrides: Record<string, unknown> = {}, extra: Partial<Ctx> = {}) {
  const input = askInput(brand, overrides);
  const parsed = AskInput.safeParse(input);
  if (parsed.success) await ensureBrandTags(db, brand.id, parsed.data.tags);
  const result = await askQuestion({ ctx: await ctxFor(db, user, extra), input });
  const post = await questionPostOf(db, result.id);
  return { questionId: result.id, questionPostId: post.id, slug: result.slug };
}

export async function answerAs(db: Executor, user: User, questionId: number, extra: Partial<Ctx> = {}, body = `An answer ${randomUUID().slice(0, 8)}`) {
  const result = await postAnswer({ ctx: await ctxFor(db, user, extra), input: { questionId, body } });
  return result.id;
}

// What the counters on a post should be, derived from the vote rows.
export async function voteTotals(db: Executor, postId: number) {
  const [row] = await db
    .select({
      score: sql<number>`coalesce(sum(${votes.value}), 0)::int`,
      upvotes: sql<number>`count(*) filter (where ${votes.value} = 1)::int`,
      downvotes: sql<number>`count(*) filter (where ${votes.value} = -1)::int`,
      rows: sql<number>`count(*)::int`,
    })
    .from(votes)
    .where(eq(votes.postId, postId));
  return row!;
}

export async function tagCounts(db: Executor, brandId: string): Promise<Record<string, number>> {
  const rows = await db.select({ name: tags.name, count: tags.questionCount }).from(tags).where(eq(tags.brandId, brandId)).orderBy(asc(tags.name));
  return Object.fromEntries(rows.map((r) => [r.name, r.count]));
}

export type FastQuestion = {
  brand: Brand;
  author: User;
  title?: string;
  locale?: Locale;
  categoryId?: string | null;
  createdAt?: Date;
  lastActivityAt?: Date;
  score?: number;
  deletedAt?: Date | null;
  tags?: string[];
};

// Straight inserts, for tests that need many threads and care about reading them, not about how they were made.
export async function insertQuestion(db: Executor, q: FastQuestion) {
  const createdAt = q.createdAt ?? new Date();
  const title = q.title ?? `Inserted question ${randomUUID().slice(0, 8)}`;
  const [question] = await db
    .insert(questions)
    .values({
      brandId: q.brand.id,
      authorId: q.author.id,
      categoryId: q.categoryId ?? null,
      title,
      slug: "inserted-question",
      locale: q.locale ?? "en",
      score: q.score ?? 0,
      createdAt,
      lastActivityAt: q.lastActivityAt ?? createdAt,
      deletedAt: q.deletedAt ?? null,
    })
    .returning();
  const [post] = await db
    .insert(posts)
    .values({
      questionId: question!.id,
      kind: "question",
      authorId: q.author.id,
      body: `Body of ${title}`,
      score: q.score ?? 0,
      createdAt,
      deletedAt: q.deletedAt ?? null,
    })
    .returning();
  await db.insert(follows).values({ questionId: question!.id, userId: q.author.id });
  for (const name of q.tags ?? []) {
    const [tag] = await db
      .insert(tags)
      .values({ brandId: q.brand.id, name, questionCount: 1 })
      .onConflictDoUpdate({ target: [tags.brandId, tags.name], set: { questionCount: sql`${tags.questionCount} + 1` } })
      .returning();
    await db.insert(questionTags).values({ questionId: question!.id, tagId: tag!.id });
  }
  return { question: question!, questionPost: post! };
}

export async function insertAnswers(
  db: Executor,
  questionId: number,
  answers: { author: User; score?: number; createdAt?: Date; deletedAt?: Date | null; body?: string }[],
) {
  if (answers.length === 0) return [];
  const rows = await db
    .insert(posts)
    .values(
      answers.map((a, i) => ({
        questionId,
        kind: "answer" as const,
        authorId: a.author.id,
        body: a.body ?? `Inserted answer ${i}`,
        score: a.score ?? 0,
        createdAt: a.createdAt ?? new Date(),
        deletedAt: a.deletedAt ?? null,
      })),
    )
    .returning();
  const live = answers.filter((a) => !a.deletedAt).length;
  await db
    .update(questions)
    .set({ answerCount: sql`${questions.answerCount} + ${live}` })
    .where(eq(questions.id, questionId));
  return rows;
}
