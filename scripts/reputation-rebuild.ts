import { resolve } from "node:path";
import postgres from "postgres";
import { closeDb, createDb } from "../db/client";
import { runMigrations } from "../db/migrate";
import { rebuildReputationTotals, type TotalDifference } from "../lib/reputation/rebuild-totals";
import { type RunningPostgres, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { loadDotenv } from "./lib/load-dotenv";

// Usage: npm run reputation:rebuild [-- --check]. Exit 0: every cached total equals its ledger; 1: differences found; 2: failure.
const root = resolve(import.meta.dirname, "..");
const checkOnly = process.argv.includes("--check");

async function reachable(url: string): Promise<boolean> {
  const client = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await client`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await client.end({ timeout: 1 });
  }
}

// The same database `npm start` uses: DATABASE_URL, else the embedded one, reached while the app runs or started for this run.
async function openDatabase(): Promise<{ url: string; embedded?: RunningPostgres }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const port = Number(process.env.PEERDESK_PG_PORT ?? 54329);
  const running = `postgres://postgres:postgres@127.0.0.1:${port}/peerdesk`;
  if (await reachable(running)) return { url: running };
  const embedded = await startEmbeddedPostgres({ dataDir: process.env.PEERDESK_DATA_DIR ?? ".data/postgres", port });
  await runMigrations(embedded.url);
  return { url: embedded.url, embedded };
}

function describe(d: TotalDifference): string {
  const who = d.handle ? `@${d.handle}` : d.userId;
  const where = d.brandSlug ?? d.brandId;
  const delta = d.cached === null ? "" : ` (${d.ledger > d.cached ? "+" : ""}${d.ledger - d.cached})`;
  return `  ${who} in ${where}: cached ${d.cached ?? "missing"}, ledger ${d.ledger}${delta}`;
}

async function main(): Promise<number> {
  process.chdir(root);
  loadDotenv(".env");
  const started = performance.now();
  const { url, embedded } = await openDatabase();
  const db = createDb(url, { max: 2 });
  try {
    let lastShown = 0;
    const report = await rebuildReputationTotals(db, {
      fix: !checkOnly,
      batchSize: 5000,
      onProgress: (checked, of) => {
        if (of <= 5000 || (checked - lastShown < 50_000 && checked < of)) return;
        lastShown = checked;
        console.log(`  checked ${checked.toLocaleString("en")} of ${of.toLocaleString("en")} totals…`);
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (report.differences.length === 0) {
      console.log(`Reputation: ${report.checked} totals checked against the ledger in ${seconds} s, no differences.`);
      return 0;
    }
    console.log(`Reputation: ${report.differences.length} of ${report.checked} totals differ from the ledger:`);
    for (const d of report.differences) console.log(describe(d));
    console.log(checkOnly ? "Checked only (--check): nothing was changed." : `Fixed ${report.fixed}: each total now equals its ledger.`);
    return 1;
  } finally {
    await closeDb(db);
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
