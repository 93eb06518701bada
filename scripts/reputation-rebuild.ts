import { resolve } from "node:path";
import { closeDb, createDb } from "../db/client";
import { rebuildReputationTotals, type TotalDifference } from "../lib/reputation/rebuild-totals";
import { loadDotenv } from "./lib/load-dotenv";
import { openAppDatabase } from "./lib/open-app-database";

// Usage: npm run reputation:rebuild [-- --check]. Exit 0: every cached total equals its ledger; 1: differences found; 2: failure.
const root = resolve(import.meta.dirname, "..");
const checkOnly = process.argv.includes("--check");

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
  const { url, embedded } = await openAppDatabase();
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
