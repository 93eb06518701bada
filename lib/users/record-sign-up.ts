import "server-only";
import type { Executor } from "../../db/client";
import { recordAudit } from "../audit/record-audit";
import { enqueue } from "../jobs/enqueue";
import { QUEUES } from "../jobs/queues";

// What follows every new account, by password or OAuth: the audit row and the welcome mail, in the same transaction.
export async function recordSignUp(tx: Executor, user: { id: string; email: string; handle: string }, via: "password" | "oauth"): Promise<void> {
  await recordAudit(tx, {
    actorId: user.id,
    action: "user.sign_up",
    subjectType: "user",
    subjectId: user.id,
    after: { email: user.email, handle: user.handle, via },
  });
  await enqueue(tx, QUEUES.welcomeMail, { userId: user.id });
}
