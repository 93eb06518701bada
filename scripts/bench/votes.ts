import { sql } from "drizzle-orm";
import { closeDb, createDb } from "../../db/client";
import { reputationEvents, reputationTotals } from "../../db/schema";
import { loadViewer } from "../../lib/auth/load-viewer";
import { PRIVILEGE_THRESHOLDS } from "../../lib/reputation/rules";
import { castVote } from "../../lib/votes/cast-vote";
import { startBenchDatabase } from "./bench-database";
import { insertBrand, insertMembers, insertThread } from "./bench-fixtures";

const VOTERS = Number(process.env.BENCH_VOTERS ?? 1000);
const POOL = Number(process.env.BENCH_POOL ?? 20);

// 1,000 members vote on one post at once through the real verb; the stored votes and score must match exactly.
const pg = await startBenchDatabase("votes", 54359);
const db = createDb(pg.url, { max: POOL });
try {
  const members = await insertMembers(db, VOTERS + 1, "voter");
  const brand = await insertBrand(db, "bench-votes");
  const question = await insertThread(db, brand.id, members.slice(0, 2), 1, 0);
  const [answer] = await db.execute<{ id: string }>(sql`select id from posts where question_id = ${question.id} and kind = 'answer'`);
  const postId = Number(answer!.id);
  const author = question.authorId;
  const voters = members.filter((m) => m !== author).slice(0, VOTERS);
  // Voting down is a privilege earned with reputation: the voters hold it, through ledger rows, so totals still equal the ledger.
  const needed = PRIVILEGE_THRESHOLDS.vote_down;
  await db.insert(reputationEvents).values(
    voters.map((userId) => ({
      userId,
      brandId: brand.id,
      reason: "answer_accepted" as const,
      requestedAmount: needed - 1,
      amount: needed - 1,
      day: sql`current_date`,
    })),
  );
  await db.insert(reputationTotals).values(voters.map((userId) => ({ userId, brandId: brand.id, total: needed })));
  const viewers = await Promise.all(voters.map((id) => loadViewer(db, id)));
  // Every seventh member votes down, so the score is not simply the count.
  const values = voters.map((_, i) => (i % 7 === 0 ? -1 : 1));
  const expectedScore = values.reduce((a, b) => a + b, 0);

  const started = performance.now();
  const results = await Promise.allSettled(viewers.map((viewer, i) => castVote({ ctx: { viewer, db }, input: { postId, value: values[i] } })));
  const seconds = (performance.now() - started) / 1000;

  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length) console.error(`${failed.length} votes failed; first: ${(failed[0] as PromiseRejectedResult).reason}`);
  const [stored] = await db.execute<{ n: number; score: number; sum: number }>(
    sql`select (select count(*)::int from votes where post_id = ${postId}) as n, (select score from posts where id = ${postId}) as score, (select coalesce(sum(value), 0)::int from votes where post_id = ${postId}) as sum`,
  );
  console.log(`score: expected=${expectedScore} stored=${stored!.score} sum(votes)=${stored!.sum}`);
  console.log(`pool=${POOL} connections, ${seconds.toFixed(2)} s wall`);
  console.log(`votes: expected=${voters.length} stored=${stored!.n} rate=${Math.round(voters.length / seconds)}/s`);
  if (stored!.n !== voters.length || stored!.score !== expectedScore || stored!.sum !== expectedScore) process.exitCode = 1;
} finally {
  await closeDb(db);
  await pg.stop();
}
