import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../errors";
import { type GuardedBrand, type GuardedPost, type GuardedQuestion, Guardian } from "../permissions/guardian";
import type { BrandRole, SiteRole } from "../permissions/roles";
import { ANONYMOUS, type Viewer } from "../permissions/viewer";

const BRAND: GuardedBrand = { id: "11111111-1111-4111-8111-111111111111", deletedAt: null };
const OTHER_BRAND_ID = "22222222-2222-4222-8222-222222222222";
const DELETED = new Date("2026-01-01T00:00:00Z");

function signedIn(name: string, siteRoles: SiteRole[] = [], brandRoles: Record<string, BrandRole[]> = {}): Viewer {
  return {
    id: `00000000-0000-4000-8000-${name.padStart(12, "0")}`,
    email: `${name}@example.test`,
    name,
    handle: name,
    siteRoles,
    brandRoles,
    reputation: {},
  } as Viewer;
}

const VIEWERS = {
  anonymous: ANONYMOUS,
  member: signedIn("member"),
  staff: signedIn("staff", [], { [BRAND.id]: ["staff"] }),
  otherStaff: signedIn("otherstaff", [], { [OTHER_BRAND_ID]: ["staff", "admin"] }),
  brandAdmin: signedIn("brandadmin", [], { [BRAND.id]: ["admin"] }),
  agent: signedIn("agent", [], { [BRAND.id]: ["agent"] }),
  siteAdmin: signedIn("siteadmin", ["site_admin"]),
} satisfies Record<string, Viewer>;
type Role = keyof typeof VIEWERS;

const QUESTION: GuardedQuestion = { id: 10, brandId: BRAND.id, authorId: "00000000-0000-4000-8000-00000000asker", deletedAt: null };
const ANSWER: GuardedPost = { id: 101, questionId: 10, kind: "answer", authorId: "00000000-0000-4000-8000-000000answer", deletedAt: null };

type Outcome = "ok" | "403" | "404";
function outcomeOf(run: () => void): Outcome {
  try {
    run();
    return "ok";
  } catch (error) {
    if (error instanceof NotFoundError) return "404";
    if (error instanceof ForbiddenError) return "403";
    throw error;
  }
}

// One row per role: verify and withdraw a live answer of the brand, and open the brand's re-verify queue.
// biome-ignore format: the decision table reads best as aligned columns
const TABLE: [Role, verify: Outcome, withdraw: Outcome, queue: Outcome][] = [
  ["anonymous",  "403", "403", "404"],
  ["member",     "403", "403", "404"],
  ["agent",      "403", "403", "404"],
  ["staff",      "ok",  "ok",  "ok" ],
  ["otherStaff", "403", "403", "404"],
  ["brandAdmin", "ok",  "ok",  "ok" ],
  ["siteAdmin",  "ok",  "ok",  "ok" ],
];

describe("the guardian on company verifications, role by action", () => {
  for (const [role, verify, withdraw, queue] of TABLE) {
    const g = new Guardian(VIEWERS[role]);
    it(`${role} verifying a live answer: ${verify}`, () => {
      expect(outcomeOf(() => g.ensureCanVerifyAnswer(BRAND, QUESTION, ANSWER))).toBe(verify);
      expect(g.canVerifyAnswer(BRAND, QUESTION, ANSWER)).toBe(verify === "ok");
    });
    it(`${role} withdrawing a verification: ${withdraw}`, () => {
      expect(outcomeOf(() => g.ensureCanWithdrawVerification(BRAND, QUESTION, ANSWER))).toBe(withdraw);
      expect(g.canWithdrawVerification(BRAND, QUESTION, ANSWER)).toBe(withdraw === "ok");
    });
    it(`${role} opening the re-verify queue: ${queue}`, () => {
      expect(outcomeOf(() => g.ensureCanReviewVerifications(BRAND))).toBe(queue);
      expect(g.canReviewVerifications(BRAND)).toBe(queue === "ok");
    });
  }
});

describe("what staff may not verify", () => {
  const staff = new Guardian(VIEWERS.staff);

  it("the question itself: only answers", () => {
    const questionPost: GuardedPost = { ...ANSWER, id: 100, kind: "question" };
    expect(staff.canVerifyAnswer(BRAND, QUESTION, questionPost)).toBe(false);
    expect(() => staff.ensureCanVerifyAnswer(BRAND, QUESTION, questionPost)).toThrow(
      expect.objectContaining({ messageKey: "verification.errors.not_an_answer" }),
    );
  });

  it("a deleted answer or an answer to a deleted question, though a verification on one can still be withdrawn", () => {
    const deletedAnswer = { ...ANSWER, deletedAt: DELETED };
    const deletedQuestion = { ...QUESTION, deletedAt: DELETED };
    for (const [q, a] of [
      [QUESTION, deletedAnswer],
      [deletedQuestion, ANSWER],
    ] as const) {
      expect(staff.canVerifyAnswer(BRAND, q, a)).toBe(false);
      expect(() => staff.ensureCanVerifyAnswer(BRAND, q, a)).toThrow(expect.objectContaining({ messageKey: "verification.errors.deleted" }));
      expect(staff.canWithdrawVerification(BRAND, q, a)).toBe(true);
    }
  });

  it("an answer that is not of the question, or a question not of the brand: not found", () => {
    expect(() => staff.ensureCanVerifyAnswer(BRAND, QUESTION, { ...ANSWER, questionId: 11 })).toThrow(NotFoundError);
    expect(() => staff.ensureCanVerifyAnswer(BRAND, { ...QUESTION, brandId: OTHER_BRAND_ID }, ANSWER)).toThrow(NotFoundError);
    expect(() => staff.ensureCanVerifyAnswer(null, QUESTION, ANSWER)).toThrow(NotFoundError);
  });

  it("a deleted answer is hidden from another brand's staff: not found rather than forbidden", () => {
    const other = new Guardian(VIEWERS.otherStaff);
    expect(() => other.ensureCanWithdrawVerification(BRAND, QUESTION, { ...ANSWER, deletedAt: DELETED })).toThrow(NotFoundError);
  });
});
