import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";

const globalForCache = globalThis as unknown as { peerdeskPageCacheSql?: Sql; peerdeskPageCacheDb?: PostgresJsDatabase };

// The proxy's own small pool: it runs outside the React server bundle, where db/client.ts is not importable.
export function pageCacheSql(url: string): Sql {
  globalForCache.peerdeskPageCacheSql ??= postgres(url, { max: 6, onnotice: () => {} });
  return globalForCache.peerdeskPageCacheSql;
}

export function pageCacheDb(url: string): PostgresJsDatabase {
  globalForCache.peerdeskPageCacheDb ??= drizzle({ client: pageCacheSql(url), casing: "snake_case" });
  return globalForCache.peerdeskPageCacheDb;
}
