import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase } from "../../scripts/lib/embedded-postgres";
import { closeDb, createDb, type Db } from "../client";
import { runMigrations } from "../migrate";
import { DEMO_BRANDS } from "./demo-brands";
import { type SeedResult, seedDemoIfEmpty } from "./run";

// The shared test database gets users from other files running in parallel, so the seed gets its own.
const DATABASE = "peerdesk_seed_test";

let url: string;
let db: Db;
let first: SeedResult;
let seedMs = 0;

beforeAll(async () => {
  url = await createDatabase(inject("databaseUrl"), DATABASE);
  await runMigrations(url);
  const started = performance.now();
  first = await seedDemoIfEmpty(url);
  seedMs = performance.now() - started;
  db = createDb(url, { max: 2 });
}, 120_000);

afterAll(async () => {
  if (db) await closeDb(db);
  if (!url) return;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = postgres(admin.href, { max: 1, onnotice: () => {} });
  try {
    await client`drop database if exists ${client(DATABASE)} with (force)`;
  } finally {
    await client.end({ timeout: 5 });
  }
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return (await db.execute(query)) as unknown as T[];
}

describe("seedDemoIfEmpty with demo threads", () => {
  it("seeds once, through the verbs, in reasonable time", () => {
    expect(first.seeded).toBe(true);
    console.log(`demo seed took ${Math.round(seedMs)} ms`);
    expect(seedMs).toBeLessThan(60_000);
  });

  it("gives every demo brand at least 40 live threads in both locales, some solved, some unanswered", async () => {
    const stats = await rows<{ slug: string; total: number; es: number; en: number; accepted: number; unanswered: number }>(sql`
      select b.slug,
        count(q.id)::int as total,
        count(q.id) filter (where q.locale = 'es')::int as es,
        count(q.id) filter (where q.locale = 'en')::int as en,
        count(q.id) filter (where q.accepted_answer_id is not null)::int as accepted,
        count(q.id) filter (where q.answer_count = 0)::int as unanswered
      from brands b left join questions q on q.brand_id = b.id and q.deleted_at is null
      group by b.slug`);
    for (const brand of DEMO_BRANDS) {
      const s = stats.find((r) => r.slug === brand.slug);
      expect(s, brand.slug).toBeDefined();
      expect(s!.total, brand.slug).toBeGreaterThanOrEqual(40);
      expect(s!.es, brand.slug).toBeGreaterThan(0);
      expect(s!.en, brand.slug).toBeGreaterThan(0);
      expect(s!.accepted, brand.slug).toBeGreaterThan(0);
      expect(s!.unanswered, brand.slug).toBeGreaterThan(0);
    }
  });

  it("keeps answer counts equal to live answers", async () => {
    const wrong = await rows<{ id: number }>(sql`
      select q.id from questions q
      where q.answer_count <> (select count(*) from posts p where p.question_id = q.id and p.kind = 'answer' and p.deleted_at is null)`);
    expect(wrong).toEqual([]);
  });

  it("keeps every post's score equal to the sum of its votes, and questions' score in step", async () => {
    const wrongPosts = await rows<{ id: number }>(sql`
      select p.id from posts p
      where p.score <> coalesce((select sum(v.value) from votes v where v.post_id = p.id), 0)
        or p.upvotes <> (select count(*) from votes v where v.post_id = p.id and v.value = 1)
        or p.downvotes <> (select count(*) from votes v where v.post_id = p.id and v.value = -1)`);
    expect(wrongPosts).toEqual([]);
    const wrongQuestions = await rows<{ id: number }>(sql`
      select q.id from questions q join posts p on p.question_id = q.id and p.kind = 'question' where q.score <> p.score`);
    expect(wrongQuestions).toEqual([]);
    const selfVotes = await rows<{ id: number }>(sql`select p.id from posts p join votes v on v.post_id = p.id and v.user_id = p.author_id`);
    expect(selfVotes).toEqual([]);
  });

  it("accepts only answers of the same thread and dates everything in the past", async () => {
    const badAccepts = await rows<{ id: number }>(sql`
      select q.id from questions q left join posts p on p.id = q.accepted_answer_id
      where q.accepted_answer_id is not null and (p.question_id is distinct from q.id or p.kind <> 'answer')`);
    expect(badAccepts).toEqual([]);
    const [span] = await rows<{ oldest: string; newest: string; future: number }>(sql`
      select min(created_at)::text as oldest, max(last_activity_at)::text as newest,
        (select count(*)::int from posts where created_at > now()) as future
      from questions`);
    expect(span!.future).toBe(0);
    expect(new Date(span!.newest).getTime()).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - new Date(span!.oldest).getTime()).toBeLessThan(100 * 86_400_000);
  });

  it("does nothing the second time", async () => {
    const count = async () => {
      const [r] = await rows<{ q: number; p: number; c: number; v: number; u: number }>(sql`
        select (select count(*)::int from questions) as q, (select count(*)::int from posts) as p,
          (select count(*)::int from comments) as c, (select count(*)::int from votes) as v, (select count(*)::int from users) as u`);
      return r!;
    };
    const before = await count();
    const again = await seedDemoIfEmpty(url);
    expect(again.seeded).toBe(false);
    expect(await count()).toEqual(before);
  });
});
