import "server-only";
import type { Executor } from "../../db/client";
import { enqueue } from "../jobs/enqueue";
import { QUEUES } from "../jobs/queues";

// Badges are judged by a job after the event commits, so a write never waits on them; the worker judges a burst's jobs once per pair.
export async function evaluateBadgesLater(executor: Executor, userId: string, brandId: string): Promise<void> {
  await enqueue(executor, QUEUES.evaluateBadges, { userId, brandId }, { singletonKey: `${userId}:${brandId}` });
}
