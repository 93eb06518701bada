import PgBoss from "pg-boss";
import { QUEUE_POLICIES, QUEUES } from "./queues";

// Creates pg-boss's own schema and our queues at migration time, so a write can enqueue in its transaction.
export async function ensureJobQueueSchema(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, supervise: false, schedule: false, max: 1 });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const name of Object.values(QUEUES)) {
      await boss.createQueue(name, { name, policy: QUEUE_POLICIES[name] ?? "standard", retryLimit: 8, retryDelay: 5, retryBackoff: true });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
