import { describe, expect, it } from "vitest";
import { VoteInput } from "./schemas";

describe("VoteInput", () => {
  it.each([1, -1, 0, "1", "-1", "0"])("accepts %s", (value) => {
    expect(VoteInput.safeParse({ postId: 1, value }).success).toBe(true);
  });

  // An empty field must not be read as 0, which would silently withdraw the member's vote.
  it.each(["", " ", null, undefined, 2, "up"])("refuses %s", (value) => {
    expect(VoteInput.safeParse({ postId: 1, value }).success).toBe(false);
  });
});
