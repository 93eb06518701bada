import { type SQL, sql } from "drizzle-orm";
import { answerVerifications } from "../../db/schema";

export const VERIFICATION_STATES = ["verified", "under_review", "expired", "withdrawn"] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

type VerificationTimes = { withdrawnAt: Date | null; reviewSince: Date | null; expiresAt: Date | null };

// The one definition of a verification's state; "verified" is the only state in force. SQL twin: verificationInForce.
export function verificationStateOf(v: VerificationTimes, now: Date): VerificationState {
  if (v.withdrawnAt) return "withdrawn";
  if (v.reviewSince) return "under_review";
  if (v.expiresAt && v.expiresAt.getTime() <= now.getTime()) return "expired";
  return "verified";
}

export function isVerificationInForce(v: VerificationTimes | null | undefined, now: Date): boolean {
  return Boolean(v) && verificationStateOf(v!, now) === "verified";
}

// The time the database compares with: the caller's clock when given, so tests and pages agree with TS.
export function sqlNow(now?: Date): SQL {
  return now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
}

// verifiedAt is never null, so a missing left-joined row is never in force.
export function verificationInForce(now?: Date): SQL {
  const v = answerVerifications;
  return sql`(${v.verifiedAt} is not null and ${v.withdrawnAt} is null and ${v.reviewSince} is null and (${v.expiresAt} is null or ${v.expiresAt} > ${sqlNow(now)}))`;
}

export function expiryOf(verifiedAt: Date, ttlDays: number | null): Date | null {
  return ttlDays == null ? null : new Date(verifiedAt.getTime() + ttlDays * 86_400_000);
}
