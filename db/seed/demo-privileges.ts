import type { Executor } from "../../db/client";
import type { Viewer } from "../../lib/permissions/viewer";
import { PRIVILEGE_THRESHOLDS } from "../../lib/reputation/rules";
import { brands } from "../schema";

// The demo story is a community that was there before privileges existed: its members replay it holding them all.
// Only the in-memory viewer is raised; the ledger records just what the verbs earned, so the rebuild check still holds.
export async function withDemoPrivileges(db: Executor, viewer: Viewer): Promise<Viewer> {
  const all = await db.select({ id: brands.id }).from(brands);
  const top = Math.max(...Object.values(PRIVILEGE_THRESHOLDS));
  return { ...viewer, reputation: Object.fromEntries(all.map((b) => [b.id, top])) };
}
