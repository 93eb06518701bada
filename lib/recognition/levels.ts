// Levels per brand from the member's reputation in that brand; names are `profile.levels.<slug>` in messages/*.json.
export const LEVELS = [
  { slug: "newcomer", minReputation: 1 },
  // About five upvoted answers or three accepted ones; the same step unlocks voting down (lib/reputation/rules.ts).
  { slug: "contributor", minReputation: 50 },
  // A steady record in this brand; the same step unlocks editing others' posts.
  { slug: "expert", minReputation: 500 },
  // Past every privilege: the few a brand's community leans on.
  { slug: "champion", minReputation: 2000 },
] as const;

export type Level = (typeof LEVELS)[number];
export type LevelSlug = Level["slug"];

// The highest level whose threshold the reputation reaches; the floor of 1 makes everyone at least a newcomer.
export function levelFor(reputation: number): Level {
  let found: Level = LEVELS[0];
  for (const level of LEVELS) if (reputation >= level.minReputation) found = level;
  return found;
}

export function nextLevelFor(reputation: number): { level: Level; missing: number } | null {
  const next = LEVELS.find((level) => level.minReputation > reputation);
  return next ? { level: next, missing: next.minReputation - reputation } : null;
}

export function levelRank(slug: LevelSlug): number {
  return LEVELS.findIndex((level) => level.slug === slug);
}
