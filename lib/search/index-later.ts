import "server-only";
import type { Executor } from "../../db/client";
import { enqueue } from "../jobs/enqueue";
import { QUEUES } from "../jobs/queues";

// Called inside the writing transaction: the job commits with the change. The queue's "short" policy keeps at most one
// waiting job per question, so a burst of votes re-indexes once; a job already running does not swallow a later change.
export async function indexLater(executor: Executor, questionId: number): Promise<void> {
  await enqueue(executor, QUEUES.searchIndex, { questionId }, { singletonKey: String(questionId) });
}
