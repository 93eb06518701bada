import { describe, expect, it } from "vitest";
import { durationUnit } from "./duration-unit";

describe("durationUnit", () => {
  it.each([
    [10, { unit: "minutes", count: 1 }],
    [25 * 60, { unit: "minutes", count: 25 }],
    [89 * 60, { unit: "minutes", count: 89 }],
    [3 * 3600, { unit: "hours", count: 3 }],
    [47 * 3600, { unit: "hours", count: 47 }],
    [3 * 86_400, { unit: "days", count: 3 }],
  ])("%i seconds read as %o", (seconds, expected) => {
    expect(durationUnit(seconds)).toEqual(expected);
  });
});
