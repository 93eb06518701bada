import type { ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { runMigrations } from "../db/migrate";
import { seedDemoIfEmpty } from "../db/seed/run";
import { readOrCreateAuthSecret } from "./lib/auth-secret";
import { buildIfStale } from "./lib/build-if-stale";
import { type RunningPostgres, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { exitCleanly } from "./lib/exit-cleanly";
import { loadDotenv } from "./lib/load-dotenv";
import { printBanner } from "./lib/print-banner";
import { spawnApp } from "./lib/spawn-app";
import { stopChild } from "./lib/stop-child";
import { timed } from "./lib/timed";
import { waitForHealth } from "./lib/wait-for-health";

const root = resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const buildLabel = (built: boolean) => (built ? "built" : "build up to date");
let db: RunningPostgres | undefined;
let server: ChildProcess | undefined;

const shutdown = exitCleanly(async () => {
  if (server) await stopChild(server);
  await db?.stop();
});

async function main(): Promise<void> {
  process.chdir(root);
  loadDotenv(".env");
  process.env.AUTH_SECRET ||= readOrCreateAuthSecret(".data/auth-secret");
  process.env.AUTH_TRUST_HOST ??= "true";

  if (!process.env.DATABASE_URL) {
    db = await timed("db ready", () =>
      startEmbeddedPostgres({
        dataDir: process.env.PEERDESK_DATA_DIR ?? ".data/postgres",
        port: Number(process.env.PEERDESK_PG_PORT ?? 54329),
      }),
    );
    process.env.DATABASE_URL = db.url;
  }
  const databaseUrl = process.env.DATABASE_URL;
  await timed("migrated", () => runMigrations(databaseUrl));
  const seed = await timed(
    (result) => (result.seeded ? "seeded demo data" : "seed skipped (database not empty)"),
    () => seedDemoIfEmpty(databaseUrl),
  );
  if (!dev) await timed(buildLabel, () => buildIfStale(root));

  const port = process.env.PORT ?? "3000";
  server = spawnApp({ port, dev });
  server.on("exit", (code) => void shutdown(code ?? 1));

  const url = `http://localhost:${port}`;
  if (await waitForHealth(`${url}/api/health`, 180_000)) printBanner(url, seed.accounts);
  else console.warn(`${url}/api/health did not answer 200 within 3 minutes.`);
}

main().catch((err: unknown) => {
  console.error(err);
  void shutdown(1);
});
