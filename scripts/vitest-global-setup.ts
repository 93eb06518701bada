import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { runMigrations } from "../db/migrate";
import { createDatabase, startEmbeddedPostgres } from "./lib/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // PEERDESK_TEST_PG_PORT lets two test runs share a machine, each with its own database.
  const port = Number(process.env.PEERDESK_TEST_PG_PORT ?? 54349);
  const pg = await startEmbeddedPostgres({
    dataDir: resolve(import.meta.dirname, port === 54349 ? "../.data/test-postgres" : `../.data/test-postgres-${port}`),
    port,
    fresh: true,
  });
  try {
    const databaseUrl = await createDatabase(pg.url, "peerdesk_test");
    await runMigrations(databaseUrl);
    project.provide("databaseUrl", databaseUrl);
  } catch (err) {
    await pg.stop();
    throw err;
  }
  return () => pg.stop();
}
