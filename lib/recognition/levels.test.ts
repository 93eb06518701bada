import { describe, expect, it } from "vitest";
import { LEVELS, levelFor, levelRank, nextLevelFor } from "./levels";

describe("levels", () => {
  it("rise with thresholds that only go up", () => {
    const thresholds = LEVELS.map((l) => l.minReputation);
    expect(thresholds).toEqual([...thresholds].sort((a, b) => a - b));
    expect(LEVELS.map((l) => l.slug)).toEqual(["newcomer", "contributor", "expert", "champion"]);
  });

  it.each([
    [-5, "newcomer"],
    [1, "newcomer"],
    [49, "newcomer"],
    [50, "contributor"],
    [499, "contributor"],
    [500, "expert"],
    [1999, "expert"],
    [2000, "champion"],
    [1_000_000, "champion"],
  ])("reputation %i is %s", (reputation, slug) => {
    expect(levelFor(reputation).slug).toBe(slug);
  });

  it("tell what the next level needs, and nothing after the last", () => {
    expect(nextLevelFor(1)).toEqual({ level: LEVELS[1], missing: 49 });
    expect(nextLevelFor(50)).toEqual({ level: LEVELS[2], missing: 450 });
    expect(nextLevelFor(2000)).toBeNull();
    expect(levelRank("expert")).toBe(2);
  });
});
