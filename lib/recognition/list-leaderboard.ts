import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { verificationInForce } from "../verifications/in-force";
import { type LeaderboardMetric, type LeaderboardPeriod, windowStart } from "./leaderboard-window";

export const LEADERBOARD_SIZE = 50;

export type LeaderboardRow = { rank: number; userId: string; name: string | null; handle: string; value: number; reputation: number };

export type LeaderboardQuery = { brandId: string | null; period: LeaderboardPeriod; metric: LeaderboardMetric; now?: Date; limit?: number };

const liveBrands = sql`(select id from brands where deleted_at is null)`;

// Each metric's (user_id, value) rows, read from the indexed table that records it.
function scores(q: LeaderboardQuery): SQL {
  const start = windowStart(q.period, q.now ?? new Date());
  if (q.metric === "reputation" && !start) {
    // All time is the cached total less the starting 1, read from reputation_totals instead of summing the ledger.
    const brand = q.brandId ? sql`brand_id = ${q.brandId}::uuid` : sql`brand_id in ${liveBrands}`;
    return sql`select user_id, sum(total - 1)::int as value from reputation_totals where ${brand} group by user_id`;
  }
  if (q.metric === "reputation") {
    const brand = q.brandId ? sql`brand_id = ${q.brandId}::uuid` : sql`brand_id in ${liveBrands}`;
    // Reversals are ledger rows too, so a withdrawn vote inside the window nets out.
    return sql`select user_id, sum(amount)::int as value from reputation_events where ${brand} and created_at >= ${start!.toISOString()}::timestamptz group by user_id`;
  }
  if (q.metric === "accepted") {
    const brand = q.brandId ? sql`and thread_events.brand_id = ${q.brandId}::uuid` : sql`and thread_events.brand_id in ${liveBrands}`;
    const since = start ? sql`and thread_events.created_at >= ${start.toISOString()}::timestamptz` : sql``;
    // Accepts still standing, found through the accept events' index; self-accepts help nobody else.
    return sql`select posts.author_id as user_id, count(distinct posts.id)::int as value
      from thread_events
      join questions on questions.id = thread_events.question_id and questions.accepted_answer_id = thread_events.post_id and questions.deleted_at is null
      join posts on posts.id = thread_events.post_id and posts.deleted_at is null and posts.author_id <> questions.author_id
      where thread_events.type = 'accepted' ${brand} ${since}
      group by posts.author_id`;
  }
  const brand = q.brandId ? sql`and answer_verifications.brand_id = ${q.brandId}::uuid` : sql`and answer_verifications.brand_id in ${liveBrands}`;
  const since = start ? sql`and answer_verifications.verified_at >= ${start.toISOString()}::timestamptz` : sql``;
  return sql`select posts.author_id as user_id, count(*)::int as value
    from answer_verifications
    join posts on posts.id = answer_verifications.post_id and posts.deleted_at is null
    join questions on questions.id = answer_verifications.question_id and questions.deleted_at is null
    where ${verificationInForce()} ${brand} ${since}
    group by posts.author_id`;
}

// The top members for one tab, with the reputation their level is drawn from: in the brand, or their best brand site-wide.
export async function listLeaderboard(db: Executor, q: LeaderboardQuery): Promise<LeaderboardRow[]> {
  const reputation = q.brandId
    ? sql`(select total from reputation_totals where reputation_totals.user_id = top.user_id and reputation_totals.brand_id = ${q.brandId}::uuid)`
    : sql`(select max(total) from reputation_totals where reputation_totals.user_id = top.user_id and reputation_totals.brand_id in ${liveBrands})`;
  const rows = (await db.execute(sql`
    with top as (
      select scores.user_id, scores.value from (${scores(q)}) scores
      join users on users.id = scores.user_id and users.deleted_at is null
      where scores.value > 0
      order by scores.value desc, users.handle
      limit ${q.limit ?? LEADERBOARD_SIZE}
    )
    select (rank() over (order by top.value desc))::int as rank, top.user_id, users.name, users.handle, top.value,
      coalesce(${reputation}, 1)::int as reputation
    from top join users on users.id = top.user_id
    order by top.value desc, users.handle`)) as unknown as {
    rank: number;
    user_id: string;
    name: string | null;
    handle: string;
    value: number;
    reputation: number;
  }[];
  return rows.map((r) => ({ rank: r.rank, userId: r.user_id, name: r.name, handle: r.handle, value: r.value, reputation: r.reputation }));
}
