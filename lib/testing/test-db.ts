import type { Logger } from "drizzle-orm";
import { afterAll, inject } from "vitest";
import { closeDb, createDb, type Db, type Tx } from "../../db/client";

let shared: Db | null = null;

// One pool per test file, closed when the file ends.
export function testDb(): Db {
  if (!shared) {
    shared = createDb(inject("databaseUrl"), { max: 4 });
    const db = shared;
    afterAll(async () => {
      await closeDb(db);
      shared = null;
    });
  }
  return shared;
}

// A pool of the test's own, closed when the file ends: for concurrency (more connections) or counting queries (a logger).
export function ownTestDb(options: { max?: number; logger?: Logger } = {}): Db {
  const db = createDb(inject("databaseUrl"), { max: options.max ?? 4, logger: options.logger });
  afterAll(() => closeDb(db));
  return db;
}

class Rollback extends Error {}

// Runs fn inside a transaction that is always rolled back, so a test leaves nothing behind.
export async function inRollback<T>(fn: (tx: Tx) => Promise<T>, db: Db = testDb()): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await fn(tx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result as T;
}
