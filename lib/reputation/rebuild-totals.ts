import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { REPUTATION_FLOOR } from "./rules";

export type TotalDifference = { userId: string; handle: string | null; brandId: string; brandSlug: string | null; cached: number | null; ledger: number };

export type RebuildOptions = {
  fix: boolean;
  // Limits the run to these brands (tests share one database); all brands when absent.
  brandIds?: readonly string[];
  batchSize?: number;
  onProgress?: (checked: number, of: number) => void;
};

export type RebuildReport = { checked: number; differences: TotalDifference[]; fixed: number };

type Row = { user_id: string; brand_id: string; handle: string | null; slug: string | null; cached: number | null; ledger: number };

function brandFilter(column: string, brandIds: readonly string[] | undefined) {
  if (!brandIds) return sql``;
  if (brandIds.length === 0) return sql` and false`;
  return sql` and ${sql.raw(column)} in (${sql.join(
    brandIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

const toDifference = (r: Row): TotalDifference => ({
  userId: r.user_id,
  handle: r.handle,
  brandId: r.brand_id,
  brandSlug: r.slug,
  cached: r.cached,
  ledger: r.ledger,
});

type Batch = { size: number; lastUserId: string | null; lastBrandId: string | null; differences: Row[] };

// One batch of cached totals summed against the ledger in SQL; only the differences and where the batch ended come back.
async function batchAfter(db: Executor, after: { userId: string; brandId: string } | null, size: number, brandIds?: readonly string[]): Promise<Batch> {
  const from = after ? sql` and (t.user_id, t.brand_id) > (${after.userId}::uuid, ${after.brandId}::uuid)` : sql``;
  const [batch] = (await db.execute(sql`
    with k as (
      select t.user_id, t.brand_id, t.total from reputation_totals t
      where true${from}${brandFilter("t.brand_id", brandIds)}
      order by t.user_id, t.brand_id limit ${size}
    ), sums as (
      select k.user_id, k.brand_id, k.total as cached, (${REPUTATION_FLOOR} + coalesce(sum(e.amount), 0))::int as ledger
      from k left join reputation_events e on e.user_id = k.user_id and e.brand_id = k.brand_id
      group by k.user_id, k.brand_id, k.total
    ), last as (
      select user_id, brand_id from k order by user_id desc, brand_id desc limit 1
    )
    select (select count(*)::int from k) as size,
      (select user_id from last) as last_user_id,
      (select brand_id from last) as last_brand_id,
      coalesce((
        select json_agg(json_build_object('user_id', s.user_id, 'brand_id', s.brand_id, 'handle', u.handle, 'slug', b.slug, 'cached', s.cached, 'ledger', s.ledger))
        from sums s left join users u on u.id = s.user_id left join brands b on b.id = s.brand_id
        where s.cached is distinct from s.ledger
      ), '[]'::json) as differences`)) as unknown as { size: number; last_user_id: string | null; last_brand_id: string | null; differences: Row[] }[];
  return { size: batch!.size, lastUserId: batch!.last_user_id, lastBrandId: batch!.last_brand_id, differences: batch!.differences };
}

// Ledger rows whose member has no cached total at all.
async function missingTotals(db: Executor, brandIds?: readonly string[]): Promise<Row[]> {
  return db.execute<Row>(sql`
    select e.user_id, e.brand_id, u.handle, b.slug, null::int as cached, (${REPUTATION_FLOOR} + sum(e.amount))::int as ledger
    from reputation_events e
    left join users u on u.id = e.user_id
    left join brands b on b.id = e.brand_id
    where not exists (select 1 from reputation_totals t where t.user_id = e.user_id and t.brand_id = e.brand_id)${brandFilter("e.brand_id", brandIds)}
    group by e.user_id, e.brand_id, u.handle, b.slug`) as unknown as Promise<Row[]>;
}

// Under the totals row lock no event of this member can land, so the ledger read here is final.
async function fixOne(db: Executor, userId: string, brandId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into reputation_totals (user_id, brand_id, total) values (${userId}::uuid, ${brandId}::uuid, ${REPUTATION_FLOOR})
      on conflict (user_id, brand_id) do update set updated_at = now()`);
    await tx.execute(sql`
      update reputation_totals t
      set total = ${REPUTATION_FLOOR} + coalesce((select sum(e.amount) from reputation_events e where e.user_id = t.user_id and e.brand_id = t.brand_id), 0),
        updated_at = now()
      where t.user_id = ${userId}::uuid and t.brand_id = ${brandId}::uuid`);
  });
}

// Recomputes every (member, brand) total from the ledger, reports where the cache differs, and fixes it when asked.
export async function rebuildReputationTotals(db: Executor, options: RebuildOptions): Promise<RebuildReport> {
  const size = options.batchSize ?? 1000;
  const [count] = (await db.execute<{ n: number }>(
    sql`select count(*)::int as n from reputation_totals t where true${brandFilter("t.brand_id", options.brandIds)}`,
  )) as unknown as { n: number }[];
  const of = count?.n ?? 0;
  const differences: TotalDifference[] = [];
  let checked = 0;
  let after: { userId: string; brandId: string } | null = null;
  for (;;) {
    const batch = await batchAfter(db, after, size, options.brandIds);
    if (batch.size === 0 || !batch.lastUserId || !batch.lastBrandId) break;
    differences.push(...batch.differences.map(toDifference));
    checked += batch.size;
    after = { userId: batch.lastUserId, brandId: batch.lastBrandId };
    options.onProgress?.(checked, of);
    if (batch.size < size) break;
  }
  const missing = await missingTotals(db, options.brandIds);
  differences.push(...missing.map(toDifference));
  checked += missing.length;
  let fixed = 0;
  if (options.fix) {
    for (const d of differences) {
      await fixOne(db, d.userId, d.brandId);
      fixed++;
    }
  }
  return { checked, differences, fixed };
}
