import "server-only";
import type { Executor } from "../../db/client";
import { threadEvents } from "../../db/schema";
import type { ThreadEventType } from "./constants";

export async function recordThreadEvent(
  tx: Executor,
  event: { questionId: number; brandId: string; type: ThreadEventType; actorId: string | null; postId?: number | null; at: Date },
): Promise<void> {
  await tx.insert(threadEvents).values({ ...event, postId: event.postId ?? null, createdAt: event.at });
}
