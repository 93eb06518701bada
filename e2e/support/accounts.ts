import { join } from "node:path";
import type { TestInfo } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "../../db/seed/demo-accounts";

export { DEMO_PASSWORD };

// The roles that get one stored sign-in each (made by auth.setup.ts, reused by every test).
export const STORED_ROLES = {
  brandAdmin: "brandadmin@peerdesk.test",
  siteAdmin: "admin@peerdesk.test",
  member: "member@peerdesk.test",
} as const;
export type StoredRole = keyof typeof STORED_ROLES;

export function demoAccount(email: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
}

export function accountFor(role: StoredRole): DemoAccount {
  return demoAccount(STORED_ROLES[role]);
}

export function authFile(role: StoredRole): string {
  return join(import.meta.dirname, "..", "..", "test-results", ".auth", `${role}.json`);
}

export type NewAccount = { name: string; email: string; password: string };

// Unique per test, worker, retry and run: tests never share a fresh account.
export function uniqueAccount(testInfo: TestInfo, label = "member"): NewAccount {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    name: `E2E ${label} ${stamp}`,
    email: `e2e-${label}-w${testInfo.workerIndex}-${stamp}@peerdesk.test`,
    password: "a quiet river at dawn",
  };
}
