export type DurationUnit = "minutes" | "hours" | "days";

// A median answer time reads best in one rounded unit: "25 minutes", "3 hours", "2 days".
export function durationUnit(seconds: number): { unit: DurationUnit; count: number } {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 90) return { unit: "minutes", count: minutes };
  const hours = Math.round(seconds / 3600);
  if (hours < 48) return { unit: "hours", count: hours };
  return { unit: "days", count: Math.round(seconds / 86_400) };
}
