import "server-only";
import type { Executor } from "../../db/client";
import { auditLog } from "../../db/schema";

export type AuditInput = {
  actorId: string | null;
  brandId?: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
};

// Always called with the transaction that makes the change, so both commit or neither does.
export async function recordAudit(tx: Executor, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    brandId: entry.brandId ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
