import "server-only";
import type { Executor } from "../../db/client";
import { follows } from "../../db/schema";

// Askers and answerers follow their threads automatically; doing it twice is harmless.
export async function followQuestionAs(tx: Executor, questionId: number, userId: string): Promise<void> {
  await tx.insert(follows).values({ questionId, userId }).onConflictDoNothing();
}
