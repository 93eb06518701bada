import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";

export type ReputationPoint = { day: string; total: number };

// Reputation gained across every brand, as a running total by UTC day, straight from the ledger.
export async function reputationSeries(db: Executor, userId: string): Promise<ReputationPoint[]> {
  const rows = (await db.execute(sql`
    select to_char(day, 'YYYY-MM-DD') as day, (sum(gained) over (order by day))::int as total
    from (
      select day, sum(amount) as gained from reputation_events
      where user_id = ${userId}::uuid and brand_id in (select id from brands where deleted_at is null)
      group by day
    ) days
    order by day`)) as unknown as ReputationPoint[];
  return rows.map((r) => ({ day: r.day, total: r.total }));
}
