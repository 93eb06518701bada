import { resolve } from "node:path";
import { runMigrations } from "../../db/migrate";
import { type RunningPostgres, startEmbeddedPostgres } from "../lib/embedded-postgres";

// A throwaway PostgreSQL for a benchmark: fresh data dir, migrated, never the demo or test data.
export async function startBenchDatabase(name: string, port: number): Promise<RunningPostgres> {
  const pg = await startEmbeddedPostgres({ dataDir: resolve(import.meta.dirname, `../../.data/bench-${name}`), port, fresh: true });
  await runMigrations(pg.url);
  return pg;
}
