export const LEADERBOARD_PERIODS = ["week", "month", "all"] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

export const LEADERBOARD_METRICS = ["reputation", "accepted", "verified"] as const;
export type LeaderboardMetric = (typeof LEADERBOARD_METRICS)[number];

const DAY = 86_400_000;
const WINDOW_DAYS = { week: 7, month: 30 } as const;

// Rolling windows: a calendar week would empty the board every Monday at midnight, and the tabs would compare unequal spans.
export function windowStart(period: LeaderboardPeriod, now: Date): Date | null {
  return period === "all" ? null : new Date(now.getTime() - WINDOW_DAYS[period] * DAY);
}

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

// Unknown tab values fall back to the default tab rather than failing the page.
export function parseLeaderboardParams(sp: { period?: string | string[]; by?: string | string[] }) {
  return { period: oneOf(LEADERBOARD_PERIODS, sp.period, "week"), metric: oneOf(LEADERBOARD_METRICS, sp.by, "reputation") };
}
