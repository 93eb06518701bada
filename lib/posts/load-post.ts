import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { type Brand, brands, type Post, posts, type Question, questions } from "../../db/schema";

export type PostContext = { brand: Brand; question: Question; post: Post };

// The post, its thread and its brand in one query; locked when the caller is about to change them.
// lock: true locks the post and its thread; "post" only the post, so votes on different answers of a thread never wait on each other.
export async function loadPost(db: Executor, postId: number, options: { lock?: boolean | "post" } = {}): Promise<PostContext | null> {
  const query = db
    .select({ post: posts, question: questions, brand: brands })
    .from(posts)
    .innerJoin(questions, eq(questions.id, posts.questionId))
    .innerJoin(brands, eq(brands.id, questions.brandId))
    .where(eq(posts.id, postId));
  const locked = options.lock === "post" ? query.for("update", { of: posts }) : options.lock ? query.for("update", { of: [posts, questions] }) : query;
  const [row] = await locked;
  return row ?? null;
}

export async function loadQuestion(db: Executor, questionId: number, options: { lock?: boolean } = {}) {
  const query = db
    .select({ question: questions, brand: brands })
    .from(questions)
    .innerJoin(brands, eq(brands.id, questions.brandId))
    .where(eq(questions.id, questionId));
  const [row] = options.lock ? await query.for("update", { of: questions }) : await query;
  return row ?? null;
}
