import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { questionTags, tags } from "../../db/schema";

export async function currentTags(db: Executor, questionId: number): Promise<string[]> {
  const rows = await db
    .select({ name: tags.name })
    .from(questionTags)
    .innerJoin(tags, eq(tags.id, questionTags.tagId))
    .where(eq(questionTags.questionId, questionId))
    .orderBy(asc(tags.name));
  return rows.map((r) => r.name);
}
