import "server-only";
import PgBoss from "pg-boss";
import type { Executor } from "../../db/client";
import type { JobPayloads, QueueName } from "./queues";

type RawClient = { unsafe: (text: string, values: unknown[]) => Promise<unknown[]> };

// pg-boss writes through whatever we hand it; handing it our transaction makes the job commit with the change.
function clientOf(executor: Executor): RawClient {
  const session = (executor as unknown as { session?: { client: RawClient } }).session;
  return session?.client ?? (executor as unknown as { $client: RawClient }).$client;
}

function asPgBossDb(executor: Executor): PgBoss.Db {
  const client = clientOf(executor);
  return {
    executeSql: async (text, values) => {
      const params = values.map((v) => {
        if (v === undefined) return null;
        return v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v;
      });
      return { rows: (await client.unsafe(text, params)) as unknown[] };
    },
  };
}

const sender = new PgBoss({ connectionString: "postgres://unused", supervise: false, schedule: false });

export async function enqueue<Q extends QueueName>(
  executor: Executor,
  queue: Q,
  data: JobPayloads[Q],
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  return sender.send(queue, data as object, { ...options, db: asPgBossDb(executor) });
}
