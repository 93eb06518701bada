import type { ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { runMigrations } from "../db/migrate";
import { seedDemoIfEmpty } from "../db/seed/run";
import { buildIfStale } from "./lib/build-if-stale";
import { type RunningPostgres, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { exitCleanly } from "./lib/exit-cleanly";
import { spawnApp } from "./lib/spawn-app";
import { stopChild } from "./lib/stop-child";
import { timed } from "./lib/timed";

const root = resolve(import.meta.dirname, "..");
const buildLabel = (built: boolean) => (built ? "built" : "build up to date");
let db: RunningPostgres | undefined;
let server: ChildProcess | undefined;

// Playwright's webServer teardown sends SIGTERM; a postgres left running would block the next run.
const shutdown = exitCleanly(async () => {
  if (server) await stopChild(server, 4_000);
  await db?.stop();
});

async function main(): Promise<void> {
  process.chdir(root);
  db = await timed("db ready", () => startEmbeddedPostgres({ dataDir: ".data/e2e-postgres", port: 54339, fresh: true }));
  const databaseUrl = db.url;
  process.env.DATABASE_URL = databaseUrl;
  process.env.AUTH_SECRET = "e2e-only-secret-never-used-in-production-0123456789";
  process.env.AUTH_TRUST_HOST = "true";
  delete process.env.SMTP_URL;

  await timed("migrated", () => runMigrations(databaseUrl));
  await timed("seeded", () => seedDemoIfEmpty(databaseUrl));
  await timed(buildLabel, () => buildIfStale(root));

  server = spawnApp({ port: 3100 });
  server.on("exit", (code) => void shutdown(code ?? 1));
}

main().catch((err: unknown) => {
  console.error(err);
  void shutdown(1);
});
