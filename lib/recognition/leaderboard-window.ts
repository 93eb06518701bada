export const LEADERBOARD_PERIODS = ["week", "month", "all"] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

export const LEADERBOARD_METRICS = ["reputation", "accepted", "verified"] as const;
export type LeaderboardMetric = (typeof LEADERBOARD_METRICS)[number];

// Calendar windows in UTC, the clock the ledger's daily cap already counts by: the week starts on Monday.
export function windowStart(period: LeaderboardPeriod, now: Date): Date | null {
  if (period === "all") return null;
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (period === "month") return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000);
}

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

// Unknown tab values fall back to the default tab rather than failing the page.
export function parseLeaderboardParams(sp: { period?: string | string[]; by?: string | string[] }) {
  return { period: oneOf(LEADERBOARD_PERIODS, sp.period, "week"), metric: oneOf(LEADERBOARD_METRICS, sp.by, "reputation") };
}
