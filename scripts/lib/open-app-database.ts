import postgres from "postgres";
import { runMigrations } from "../../db/migrate";
import { type RunningPostgres, startEmbeddedPostgres } from "./embedded-postgres";

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
export async function openAppDatabase(): Promise<{ url: string; embedded?: RunningPostgres }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const port = Number(process.env.PEERDESK_PG_PORT ?? 54329);
  const running = `postgres://postgres:postgres@127.0.0.1:${port}/peerdesk`;
  if (await reachable(running)) return { url: running };
  const embedded = await startEmbeddedPostgres({ dataDir: process.env.PEERDESK_DATA_DIR ?? ".data/postgres", port });
  await runMigrations(embedded.url);
  return { url: embedded.url, embedded };
}
