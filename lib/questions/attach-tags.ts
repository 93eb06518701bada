import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { questionTags, tags } from "../../db/schema";

// Creates the brand's missing tags, links them to the question and keeps each tag's question count.
export async function attachTags(tx: Executor, brandId: string, questionId: number, names: string[]): Promise<void> {
  if (names.length === 0) return;
  await tx
    .insert(tags)
    .values(names.map((name) => ({ brandId, name })))
    .onConflictDoNothing();
  const rows = await tx
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.brandId, brandId), inArray(tags.name, names)));
  const ids = rows.map((r) => r.id);
  await tx
    .insert(questionTags)
    .values(ids.map((tagId) => ({ questionId, tagId })))
    .onConflictDoNothing();
  await tx
    .update(tags)
    .set({ questionCount: sql`${tags.questionCount} + 1` })
    .where(inArray(tags.id, ids));
}

export async function detachTags(tx: Executor, questionId: number): Promise<string[]> {
  const removed = await tx.delete(questionTags).where(eq(questionTags.questionId, questionId)).returning({ tagId: questionTags.tagId });
  if (removed.length === 0) return [];
  const updated = await tx
    .update(tags)
    .set({ questionCount: sql`greatest(${tags.questionCount} - 1, 0)` })
    .where(
      inArray(
        tags.id,
        removed.map((r) => r.tagId),
      ),
    )
    .returning({ name: tags.name });
  return updated.map((t) => t.name);
}
