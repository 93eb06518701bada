import { asc, count, gt } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { questions } from "../../db/schema";
import type { SearchBackend } from "./backend";

export type ReindexProgress = { done: number; of: number };

// Rebuilds every question's document, a batch per statement, so the site keeps serving (and searching) throughout.
// Deleted questions are passed too: index() removes their documents.
export async function reindexAll(
  db: Executor,
  backend: SearchBackend,
  options: { batchSize?: number; onProgress?: (p: ReindexProgress) => void } = {},
): Promise<ReindexProgress> {
  const batchSize = options.batchSize ?? 500;
  const [row] = await db.select({ n: count() }).from(questions);
  const of = row?.n ?? 0;
  let done = 0;
  let after = 0;
  for (;;) {
    const batch = await db.select({ id: questions.id }).from(questions).where(gt(questions.id, after)).orderBy(asc(questions.id)).limit(batchSize);
    if (batch.length === 0) break;
    await backend.index(batch.map((q) => q.id));
    after = batch[batch.length - 1]!.id;
    done += batch.length;
    options.onProgress?.({ done, of: Math.max(of, done) });
  }
  return { done, of: Math.max(of, done) };
}
