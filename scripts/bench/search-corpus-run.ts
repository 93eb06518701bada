import { sql } from "drizzle-orm";
import { closeDb, createDb } from "../../db/client";
import { startBenchDatabase } from "./bench-database";
import { generateSearchCorpus } from "./search-corpus";

// Generates the search corpus into a throwaway database and reports counts, timing and table sizes.
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 100_000);
const started = performance.now();
const pg = await startBenchDatabase("search-corpus", 54379);
const db = createDb(pg.url, { max: 2 });
try {
  console.log(`database ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const corpus = await generateSearchCorpus(db, { questions: QUESTIONS, seed: 7, log: (line) => console.log(`  ${line}`) });
  console.log(
    `generated ${corpus.questionCount} questions, ${corpus.answerCount} answers, ${corpus.pairs.length} duplicate pairs in ${corpus.seconds.toFixed(1)} s`,
  );
  const counts = await db.execute<Record<string, number>>(sql`
    select (select count(*)::int from questions) as questions, (select count(*)::int from posts where kind = 'answer') as answers,
      (select count(*)::int from questions where accepted_answer_id is not null) as accepted,
      (select count(*)::int from questions where locale = 'es') as es, (select count(*)::int from questions where locale = 'en') as en`);
  console.log(counts[0]);
  const share = await db.execute<{ word: string; share: number }>(sql`
    select w as word, round(avg((p.body ilike '%' || w || '%')::int)::numeric, 3)::float as share
    from (select body from posts where kind = 'question' limit 20000) p, unnest(${sql.raw(`ARRAY[${[...corpus.commonWords, ...corpus.rareWords].map((w) => `'${w}'`).join(",")}]`)}) w group by w order by share desc`);
  console.log("share of question bodies containing each query word (first 20,000):");
  for (const row of share) console.log(`  ${row.word.padEnd(14)} ${row.share}`);
  const sizes = await db.execute<{ table: string; size: string }>(sql`
    select relname as table, pg_size_pretty(pg_total_relation_size(c.oid)) as size from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and relname in ('questions', 'posts', 'question_tags', 'tags', 'users', 'brands', 'categories') order by pg_total_relation_size(c.oid) desc`);
  for (const row of sizes) console.log(`  ${row.table.padEnd(14)} ${row.size}`);
  console.log("example pairs:");
  for (const p of corpus.pairs.slice(0, 5)) console.log(`  ${p.originalTitle}  →  ${p.title}`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await closeDb(db);
  await pg.stop();
}
