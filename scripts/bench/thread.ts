import type { ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { closeDb, createDb } from "../../db/client";
import { buildIfStale } from "../lib/build-if-stale";
import { spawnApp } from "../lib/spawn-app";
import { stopChild } from "../lib/stop-child";
import { waitForHealth } from "../lib/wait-for-health";
import { startBenchDatabase } from "./bench-database";
import { insertBrand, insertMembers, insertThread } from "./bench-fixtures";
import { load, type Sample, summarize } from "./measure";

const root = resolve(import.meta.dirname, "../..");
const PORT = 3200;
const CONCURRENCY = 20;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 100);

// Thread pages against a static file of the same server, interleaved round by round so machine noise hits all alike.
const pg = await startBenchDatabase("thread", 54369);
let server: ChildProcess | undefined;
try {
  const db = createDb(pg.url, { max: 4 });
  const members = await insertMembers(db, 60, "reader");
  const brand = await insertBrand(db, "bench");
  const small = await insertThread(db, brand.id, members, 30, 2);
  const large = await insertThread(db, brand.id, members, 1000, 2);
  await closeDb(db);
  await buildIfStale(root);
  server = spawnApp({
    port: PORT,
    env: {
      DATABASE_URL: pg.url,
      PEERDESK_WORKER: "off",
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      AUTH_TRUST_HOST: "true",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://localhost:${PORT}`;
  if (!(await waitForHealth(`${base}/api/health`, 120_000))) throw new Error("the app did not become healthy");
  const samples: Sample[] = [
    { name: "static file", url: `${base}/bench-static.html`, latencies: [], errors: 0 },
    { name: "thread, 30 answers", url: `${base}/en/b/bench/q/${small.id}/${small.slug}`, latencies: [], errors: 0 },
    { name: "thread, 1000 answers", url: `${base}/en/b/bench/q/${large.id}/${large.slug}`, latencies: [], errors: 0 },
    // An unknown parameter keeps a request out of the page cache: what a member's render of the same page costs.
    { name: "thread, 30, rendered", url: `${base}/en/b/bench/q/${small.id}/${small.slug}?bench=render`, latencies: [], errors: 0 },
  ];
  for (const s of samples) await load({ ...s, latencies: [], errors: 0 }, 40, CONCURRENCY);
  for (let round = 0; round < ROUNDS; round++) for (const s of samples) await load(s, PER_ROUND, CONCURRENCY);

  const [fixed, thread30, thread1000, rendered] = samples.map(summarize);
  console.log(`concurrency ${CONCURRENCY}, ${ROUNDS} rounds × ${PER_ROUND} requests per page, interleaved`);
  console.log("page                   n     errors  p50 ms   p95 ms");
  for (const r of [fixed, thread30, thread1000, rendered]) {
    console.log(
      `${r!.name.padEnd(22)} ${String(r!.n).padEnd(5)} ${String(r!.errors).padEnd(7)} ${r!.p50.toFixed(1).padStart(7)}  ${r!.p95.toFixed(1).padStart(7)}`,
    );
  }
  console.log(`ratio thread30/static p95 = ${(thread30!.p95 / fixed!.p95).toFixed(2)} (goal ≤ 2)`);
  console.log(`ratio thread1000/thread30 p95 = ${(thread1000!.p95 / thread30!.p95).toFixed(2)} (goal ≤ 1.5)`);
  console.log(`ratio rendered thread30/static p95 = ${(rendered!.p95 / fixed!.p95).toFixed(2)} (no page cache: a member's view)`);
} finally {
  if (server) await stopChild(server);
  await pg.stop();
}
