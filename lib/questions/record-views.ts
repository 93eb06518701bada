import { sql } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";

export type View = { questionId: number; viewerKey: string; day: string };

// Many views in one statement; each still counts once per viewer per day, as in record-view.ts.
export async function recordViews(db: Pick<PostgresJsDatabase, "execute">, views: readonly View[]): Promise<number> {
  if (views.length === 0) return 0;
  const rows = await db.execute(sql`
    with fresh as (
      insert into question_views (question_id, viewer_key, day)
      select "questionId", "viewerKey", day from jsonb_to_recordset(${JSON.stringify(views)}::jsonb) as v("questionId" bigint, "viewerKey" text, day date)
      on conflict do nothing returning question_id
    ), counted as (select question_id, count(*)::int as n from fresh group by question_id)
    update questions q set view_count = q.view_count + counted.n from counted where q.id = counted.question_id
    returning counted.n`);
  return rows.reduce((sum, row) => sum + Number((row as { n: number }).n), 0);
}
