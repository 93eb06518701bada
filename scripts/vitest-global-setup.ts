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
  const pg = await startEmbeddedPostgres({
    dataDir: resolve(import.meta.dirname, "../.data/test-postgres"),
    port: 54349,
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
