import type { Sql } from "postgres";

export type CacheLookup = { body: Buffer | null; checkedAt: Date };

// The database's clock marks when rendering began, so a write committed meanwhile keeps the page out of the cache.
export async function lookUpCachedPage(sql: Sql, key: string): Promise<CacheLookup> {
  const [row] = await sql<{ body: Buffer | null; checkedAt: Date }[]>`
    select (select body from page_cache where key = ${key} and expires_at > now()) as body, clock_timestamp() as "checkedAt"`;
  return { body: row?.body ?? null, checkedAt: row?.checkedAt ?? new Date(0) };
}

export async function storeCachedPage(
  sql: Sql,
  page: { key: string; questionId: number; body: Buffer; renderStartedAt: Date; ttlSeconds: number },
): Promise<boolean> {
  const rows = await sql`
    insert into page_cache (key, question_id, body, stored_at, expires_at)
    select ${page.key}, ${page.questionId}, ${page.body}, now(), now() + make_interval(secs => ${page.ttlSeconds})
    where not exists (select 1 from page_cache_invalidations where question_id = ${page.questionId} and at >= ${page.renderStartedAt})
    on conflict (key) do update set body = excluded.body, stored_at = excluded.stored_at, expires_at = excluded.expires_at
    returning 1`;
  return rows.length > 0;
}
