import type { Sql } from "postgres";

export type CacheLookup = { body: Buffer | null; version: string | null; checkedAt: Date };

// The database's clock marks when rendering began, so a write committed meanwhile keeps the page out of the cache.
// `knownVersion` is the copy this process holds: when it is still current the body is not sent again.
export async function lookUpCachedPage(sql: Sql, key: string, knownVersion: string | null = null): Promise<CacheLookup> {
  const [row] = await sql<{ body: Buffer | null; version: string | null; checkedAt: Date }[]>`
    select c.version, case when c.version = ${knownVersion} then null else c.body end as body, clock_timestamp() as "checkedAt"
    from (select 1) as one
    left join (select stored_at::text as version, body from page_cache where key = ${key} and expires_at > now()) as c on true`;
  return { body: row?.body ?? null, version: row?.version ?? null, checkedAt: row?.checkedAt ?? new Date(0) };
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
