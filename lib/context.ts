import "server-only";
import { type Executor, getDb, type Tx } from "../db/client";
import { Guardian } from "./permissions/guardian";
import type { Viewer } from "./permissions/viewer";

export type Ctx = {
  viewer: Viewer;
  // A transaction here is reused (as a savepoint), so tests can roll everything back.
  db?: Executor;
  ip?: string | null;
  now?: () => Date;
};

export function guardianOf(ctx: Ctx): Guardian {
  return new Guardian(ctx.viewer);
}

export function dbOf(ctx: Ctx): Executor {
  return ctx.db ?? getDb();
}

export function nowOf(ctx: Ctx): Date {
  return ctx.now ? ctx.now() : new Date();
}

export function withTransaction<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return dbOf(ctx).transaction(fn);
}
