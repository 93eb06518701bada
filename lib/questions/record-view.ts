// No "server-only" here: the proxy counts anonymous views of cached pages with it too.
import { eq, sql } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { questions } from "../../db/schema";

// Counted once per viewer per day: the insert only succeeds the first time, and only then is the counter bumped.
export async function recordView(db: Pick<PostgresJsDatabase, "execute">, questionId: number, viewerKey: string, now: Date): Promise<boolean> {
  const day = now.toISOString().slice(0, 10);
  const rows = await db.execute(sql`
    with fresh as (
      insert into question_views (question_id, viewer_key, day) values (${questionId}, ${viewerKey}, ${day})
      on conflict do nothing returning 1
    )
    update ${questions} set view_count = view_count + 1
    where ${eq(questions.id, questionId)} and exists (select 1 from fresh)
    returning 1`);
  return rows.length > 0;
}
