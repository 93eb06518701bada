import "server-only";
import type { ExtractTablesWithRelations, Logger } from "drizzle-orm";
import type { PgTransaction } from "drizzle-orm/pg-core";
import type { PostgresJsQueryResultHKT } from "drizzle-orm/postgres-js";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import * as schema from "./schema";

type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema> & { $client: Sql };
export type Tx = PgTransaction<PostgresJsQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Executor = Db | Tx;

// `logger` lets tests count the queries a page issues (the N+1 check).
export function createDb(url: string, options: { max?: number; logger?: Logger } = {}): Db {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  return drizzle({ client, schema, casing: "snake_case", ...(options.logger ? { logger: options.logger } : {}) });
}

const globalForDb = globalThis as unknown as { peerdeskDb?: Db };

// One pool per process, kept across dev hot reloads.
export function getDb(): Db {
  if (!globalForDb.peerdeskDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
    globalForDb.peerdeskDb = createDb(url);
  }
  return globalForDb.peerdeskDb;
}

export async function closeDb(db: Db): Promise<void> {
  await db.$client.end({ timeout: 5 });
}
