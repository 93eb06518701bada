import { PRIVILEGE_THRESHOLDS, PRIVILEGES, type Privilege } from "./rules";

export type NextPrivilege = { privilege: Privilege; threshold: number; remaining: number };

// What a member's reputation in a brand unlocks next; null once they hold every privilege.
export function nextPrivilege(reputation: number): NextPrivilege | null {
  const privilege = PRIVILEGES.find((p) => PRIVILEGE_THRESHOLDS[p] > reputation);
  return privilege ? { privilege, threshold: PRIVILEGE_THRESHOLDS[privilege], remaining: PRIVILEGE_THRESHOLDS[privilege] - reputation } : null;
}
