import { resolve } from "node:path";
import { closeDb, createDb } from "../db/client";
import { searchBackendFor } from "../lib/search/backend-for-env";
import { type ReindexProgress, reindexAll } from "../lib/search/reindex-all";
import { loadDotenv } from "./lib/load-dotenv";
import { openAppDatabase } from "./lib/open-app-database";

// Usage: npm run search:reindex [-- --batch 500]. Rebuilds every search document while the site keeps serving. Exit 0: done; 2: failure.
const root = resolve(import.meta.dirname, "..");
const batchArg = process.argv.indexOf("--batch");
const batchSize = batchArg > 0 ? Math.max(1, Number(process.argv[batchArg + 1]) || 500) : 500;

function progressBar({ done, of }: ReindexProgress, started: number): string {
  const width = 30;
  const ratio = of === 0 ? 1 : done / of;
  const filled = Math.round(ratio * width);
  const rate = done / Math.max((performance.now() - started) / 1000, 0.001);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${done.toLocaleString("en")}/${of.toLocaleString("en")} questions, ${Math.round(rate).toLocaleString("en")}/s`;
}

async function main(): Promise<number> {
  process.chdir(root);
  loadDotenv(".env");
  const started = performance.now();
  const { url, embedded } = await openAppDatabase();
  const db = createDb(url, { max: 2 });
  try {
    const backend = searchBackendFor(db);
    const tty = process.stdout.isTTY;
    let lastLine = 0;
    const result = await reindexAll(db, backend, {
      batchSize,
      onProgress: (p) => {
        if (tty) process.stdout.write(`\r${progressBar(p, started)}`);
        else if (p.done === p.of || performance.now() - lastLine > 2000) {
          lastLine = performance.now();
          console.log(progressBar(p, started));
        }
      },
    });
    if (tty) process.stdout.write("\n");
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Search (${backend.name}): ${result.done.toLocaleString("en")} questions re-indexed in ${seconds} s.`);
    return 0;
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
