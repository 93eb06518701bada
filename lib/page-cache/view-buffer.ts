import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { recordViews, type View } from "../questions/record-views";

const FLUSH_MS = 1000;
const pending = new Map<string, View>();
let timer: NodeJS.Timeout | null = null;

// Visitors' views are written once a second in one statement, not one write per page served; a crash loses at most that second.
export function bufferView(db: Pick<PostgresJsDatabase, "execute">, questionId: number, viewerKey: string, now: Date): void {
  const day = now.toISOString().slice(0, 10);
  pending.set(`${questionId}|${viewerKey}|${day}`, { questionId, viewerKey, day });
  timer ??= setTimeout(() => void flushViews(db), FLUSH_MS);
}

export async function flushViews(db: Pick<PostgresJsDatabase, "execute">): Promise<number> {
  if (timer) clearTimeout(timer);
  timer = null;
  const views = [...pending.values()];
  pending.clear();
  return recordViews(db, views).catch(() => 0);
}
