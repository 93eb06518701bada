import "server-only";
import type { Executor } from "../../db/client";
import type { JobPayloads } from "../jobs/queues";
import { searchBackendFor } from "./backend-for-env";

// A batch of search.index jobs rebuilds each question once; a failure throws, so pg-boss retries the batch with backoff.
export async function handleSearchIndex(db: Executor, batch: JobPayloads["search.index"][]): Promise<void> {
  const ids = [...new Set(batch.map((data) => Number(data.questionId)))];
  await searchBackendFor(db).index(ids);
}
