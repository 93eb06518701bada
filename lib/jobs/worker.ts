import "server-only";
import PgBoss from "pg-boss";
import { getDb } from "../../db/client";
import { handleEvaluateBadges, handleSearchIndex, handleWelcomeMail } from "./handlers";
import { type JobPayloads, QUEUES } from "./queues";

// Every app server runs a worker; pg-boss's SKIP LOCKED fetch hands each job to exactly one.
export async function startWorker(databaseUrl: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4, schedule: true });
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();
  const db = getDb();
  await boss.work<JobPayloads["mail.welcome"]>(QUEUES.welcomeMail, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await handleWelcomeMail(db, job.data);
  });
  await boss.work<JobPayloads["badges.evaluate"]>(QUEUES.evaluateBadges, { pollingIntervalSeconds: 1, batchSize: 50 }, async (jobs) => {
    await handleEvaluateBadges(
      db,
      jobs.map((job) => job.data),
    );
  });
  await boss.work<JobPayloads["search.index"]>(QUEUES.searchIndex, { pollingIntervalSeconds: 1, batchSize: 100 }, async (jobs) => {
    await handleSearchIndex(
      db,
      jobs.map((job) => job.data),
    );
  });
  return boss;
}
