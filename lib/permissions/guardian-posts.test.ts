import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../errors";
import { type GuardedBrand, type GuardedPost, type GuardedQuestion, Guardian } from "./guardian";
import type { BrandRole, SiteRole } from "./roles";
import { ANONYMOUS, type Viewer } from "./viewer";

const BRAND: GuardedBrand = { id: "11111111-1111-4111-8111-111111111111", deletedAt: null };
const OTHER_BRAND_ID = "22222222-2222-4222-8222-222222222222";
const DELETED = new Date("2026-01-01T00:00:00Z");

function signedIn(name: string, siteRoles: SiteRole[] = [], brandRoles: Record<string, BrandRole[]> = {}): Viewer {
  // Enough reputation to comment and vote down, not to edit others' posts: the privilege thresholds have their own tests.
  const reputation = { [BRAND.id]: 100 };
  return { id: `00000000-0000-4000-8000-${name.padStart(12, "0")}`, email: `${name}@example.test`, name, handle: name, siteRoles, brandRoles, reputation };
}

const VIEWERS = {
  anonymous: ANONYMOUS,
  member: signedIn("member"),
  asker: signedIn("asker"),
  answerer: signedIn("answerer"),
  staff: signedIn("staff", [], { [BRAND.id]: ["staff"] }),
  admin: signedIn("admin", [], { [BRAND.id]: ["admin"] }),
  otherStaff: signedIn("otherstaff", [], { [OTHER_BRAND_ID]: ["staff", "admin"] }),
  siteAdmin: signedIn("siteadmin", ["site_admin"]),
} satisfies Record<string, Viewer>;
type Role = keyof typeof VIEWERS;
const ROLES = Object.keys(VIEWERS) as Role[];

const LIVE_QUESTION: GuardedQuestion = { id: 10, brandId: BRAND.id, authorId: VIEWERS.asker.id!, deletedAt: null };
const DELETED_QUESTION: GuardedQuestion = { ...LIVE_QUESTION, deletedAt: DELETED };
const QUESTION_POST: GuardedPost = { id: 100, questionId: 10, kind: "question", authorId: VIEWERS.asker.id!, deletedAt: null };
const ANSWER: GuardedPost = { id: 101, questionId: 10, kind: "answer", authorId: VIEWERS.answerer.id!, deletedAt: null };

// What each row of the table is about: the thread and the post acted on (deleting a question deletes its post too).
const THINGS = {
  "live question": { question: LIVE_QUESTION, post: QUESTION_POST },
  "live answer": { question: LIVE_QUESTION, post: ANSWER },
  "deleted answer": { question: LIVE_QUESTION, post: { ...ANSWER, deletedAt: DELETED } },
  "deleted question": { question: DELETED_QUESTION, post: { ...QUESTION_POST, deletedAt: DELETED } },
} satisfies Record<string, { question: GuardedQuestion; post: GuardedPost }>;
type Thing = keyof typeof THINGS;
type Target = (typeof THINGS)[Thing];

const ACTIONS = {
  see: {
    can: (g: Guardian, t: Target) => g.canSeePost(BRAND, t.question, t.post),
    ensure: (g: Guardian, t: Target) => g.ensureCanSeePost(BRAND, t.question, t.post),
  },
  answer: { can: (g: Guardian, t: Target) => g.canAnswer(BRAND, t.question), ensure: (g: Guardian, t: Target) => g.ensureCanAnswer(BRAND, t.question) },
  comment: {
    can: (g: Guardian, t: Target) => g.canComment(BRAND, t.question, t.post),
    ensure: (g: Guardian, t: Target) => g.ensureCanComment(BRAND, t.question, t.post),
  },
  edit: {
    can: (g: Guardian, t: Target) => g.canEditPost(BRAND, t.question, t.post),
    ensure: (g: Guardian, t: Target) => g.ensureCanEditPost(BRAND, t.question, t.post),
  },
  vote: {
    can: (g: Guardian, t: Target) => g.canVote(BRAND, t.question, t.post),
    ensure: (g: Guardian, t: Target) => g.ensureCanVote(BRAND, t.question, t.post),
  },
  accept: {
    can: (g: Guardian, t: Target) => g.canAccept(BRAND, t.question, t.post),
    ensure: (g: Guardian, t: Target) => g.ensureCanAccept(BRAND, t.question, t.post),
  },
  delete: {
    can: (g: Guardian, t: Target) => g.canDeletePost(BRAND, t.question, t.post),
    ensure: (g: Guardian, t: Target) => g.ensureCanDeletePost(BRAND, t.question, t.post),
  },
  restore: {
    can: (g: Guardian, t: Target) => g.canRestorePost(BRAND, t.question, t.post),
    ensure: (g: Guardian, t: Target) => g.ensureCanRestorePost(BRAND, t.question, t.post),
  },
  follow: { can: (g: Guardian, t: Target) => g.canFollow(BRAND, t.question), ensure: (g: Guardian, t: Target) => g.ensureCanFollow(BRAND, t.question) },
};
type Action = keyof typeof ACTIONS;

const T = true;
const F = false;
type Row = [anonymous: boolean, member: boolean, asker: boolean, answerer: boolean, staff: boolean, admin: boolean, otherStaff: boolean, siteAdmin: boolean];

// biome-ignore format: the decision table reads best as aligned columns
const MATRIX: Record<Thing, Record<Action, Row>> = {
  //                     anon member asker answerer staff admin other site
  "live question": {
    see:               [ T,   T,     T,    T,       T,    T,    T,    T ],
    answer:            [ F,   T,     T,    T,       T,    T,    T,    T ],
    comment:           [ F,   T,     T,    T,       T,    T,    T,    T ],
    edit:              [ F,   F,     T,    F,       T,    T,    F,    T ],
    vote:              [ F,   T,     F,    T,       T,    T,    T,    T ],
    accept:            [ F,   F,     F,    F,       F,    F,    F,    F ],
    delete:            [ F,   F,     T,    F,       T,    T,    F,    T ],
    restore:           [ F,   F,     F,    F,       F,    F,    F,    F ],
    follow:            [ F,   T,     T,    T,       T,    T,    T,    T ],
  },
  "live answer": {
    see:               [ T,   T,     T,    T,       T,    T,    T,    T ],
    answer:            [ F,   T,     T,    T,       T,    T,    T,    T ],
    comment:           [ F,   T,     T,    T,       T,    T,    T,    T ],
    edit:              [ F,   F,     F,    T,       T,    T,    F,    T ],
    vote:              [ F,   T,     T,    F,       T,    T,    T,    T ],
    accept:            [ F,   F,     T,    F,       F,    F,    F,    F ],
    delete:            [ F,   F,     F,    T,       T,    T,    F,    T ],
    restore:           [ F,   F,     F,    F,       F,    F,    F,    F ],
    follow:            [ F,   T,     T,    T,       T,    T,    T,    T ],
  },
  "deleted answer": {
    see:               [ F,   F,     F,    T,       T,    T,    F,    T ],
    answer:            [ F,   T,     T,    T,       T,    T,    T,    T ],
    comment:           [ F,   F,     F,    F,       F,    F,    F,    F ],
    edit:              [ F,   F,     F,    F,       F,    F,    F,    F ],
    vote:              [ F,   F,     F,    F,       F,    F,    F,    F ],
    accept:            [ F,   F,     F,    F,       F,    F,    F,    F ],
    delete:            [ F,   F,     F,    F,       F,    F,    F,    F ],
    restore:           [ F,   F,     F,    F,       T,    T,    F,    T ],
    follow:            [ F,   T,     T,    T,       T,    T,    T,    T ],
  },
  "deleted question": {
    see:               [ F,   F,     F,    F,       T,    T,    F,    T ],
    answer:            [ F,   F,     F,    F,       F,    F,    F,    F ],
    comment:           [ F,   F,     F,    F,       F,    F,    F,    F ],
    edit:              [ F,   F,     F,    F,       F,    F,    F,    F ],
    vote:              [ F,   F,     F,    F,       F,    F,    F,    F ],
    accept:            [ F,   F,     F,    F,       F,    F,    F,    F ],
    delete:            [ F,   F,     F,    F,       F,    F,    F,    F ],
    restore:           [ F,   F,     F,    F,       T,    T,    F,    T ],
    follow:            [ F,   F,     F,    F,       T,    T,    F,    T ],
  },
};

const CASES = (Object.keys(MATRIX) as Thing[]).flatMap((thing) =>
  (Object.keys(ACTIONS) as Action[]).flatMap((action) => ROLES.map((role, i) => ({ thing, action, role, expected: MATRIX[thing][action][i] as boolean }))),
);

// Who can see the thing decides the refusal: hidden is a 404, visible but closed is a 403.
function seesThing(role: Role, thing: Thing, action: Action): boolean {
  const g = new Guardian(VIEWERS[role]);
  const t = THINGS[thing];
  return action === "answer" || action === "follow" ? g.canSeeQuestion(BRAND, t.question) : g.canSeePost(BRAND, t.question, t.post);
}

function expectedError(role: Role, thing: Thing, action: Action) {
  if (action === "follow" && role === "anonymous") return UnauthenticatedError;
  return seesThing(role, thing, action) ? ForbiddenError : NotFoundError;
}

describe("guardian post rules decision table", () => {
  it("covers every role, action and thing", () => {
    expect(CASES).toHaveLength(4 * 9 * 8);
  });

  it.each(CASES)("$role · $action · $thing → $expected", ({ thing, action, role, expected }) => {
    expect(ACTIONS[action].can(new Guardian(VIEWERS[role]), THINGS[thing])).toBe(expected);
  });

  it.each(CASES.filter((c) => c.expected))("$role · ensure $action · $thing passes", ({ thing, action, role }) => {
    expect(() => ACTIONS[action].ensure(new Guardian(VIEWERS[role]), THINGS[thing])).not.toThrow();
  });

  it.each(CASES.filter((c) => !c.expected))("$role · ensure $action · $thing throws 404 when hidden, 403 when visible", ({ thing, action, role }) => {
    const attempt = () => ACTIONS[action].ensure(new Guardian(VIEWERS[role]), THINGS[thing]);
    expect(attempt).toThrow(expectedError(role, thing, action));
  });
});

describe("guardian post rules, the specific refusals", () => {
  const g = (role: Role) => new Guardian(VIEWERS[role]);

  it("names the reason a visible post may not be touched", () => {
    expect(() => g("answerer").ensureCanVote(BRAND, LIVE_QUESTION, ANSWER)).toThrow(expect.objectContaining({ messageKey: "errors.vote_own_post" }));
    expect(() => g("staff").ensureCanVote(BRAND, LIVE_QUESTION, { ...ANSWER, deletedAt: DELETED })).toThrow(
      expect.objectContaining({ messageKey: "errors.post_deleted" }),
    );
    expect(() => g("member").ensureCanAccept(BRAND, LIVE_QUESTION, ANSWER)).toThrow(expect.objectContaining({ messageKey: "errors.cannot_accept" }));
    expect(() => g("member").ensureCanEditPost(BRAND, LIVE_QUESTION, ANSWER)).toThrow(
      expect.objectContaining({ messageKey: "reputation.errors.needs_privilege", messageValues: { needed: 500, action: "edit_posts" } }),
    );
    expect(() => g("staff").ensureCanAnswer(BRAND, DELETED_QUESTION)).toThrow(expect.objectContaining({ messageKey: "errors.question_deleted" }));
    expect(() => g("member").ensureCanAnswer(BRAND, DELETED_QUESTION)).toThrow(expect.objectContaining({ messageKey: "errors.question_not_found" }));
    expect(() => g("member").ensureCanSeePost(BRAND, LIVE_QUESTION, { ...ANSWER, deletedAt: DELETED })).toThrow(
      expect.objectContaining({ messageKey: "errors.post_not_found" }),
    );
  });

  it("sees nothing through a mismatched brand or thread, even as site admin", () => {
    const otherBrand: GuardedBrand = { id: OTHER_BRAND_ID, deletedAt: null };
    const strayAnswer: GuardedPost = { ...ANSWER, questionId: 999 };
    for (const role of ROLES) {
      expect(g(role).canSeeQuestion(otherBrand, LIVE_QUESTION)).toBe(false);
      expect(g(role).canSeePost(BRAND, LIVE_QUESTION, strayAnswer)).toBe(false);
      expect(g(role).canAccept(BRAND, LIVE_QUESTION, strayAnswer)).toBe(false);
      expect(g(role).canEditPost(BRAND, LIVE_QUESTION, strayAnswer)).toBe(false);
      expect(g(role).canSeeQuestion(BRAND, null)).toBe(false);
      expect(g(role).canSeePost(BRAND, LIVE_QUESTION, undefined)).toBe(false);
    }
    expect(() => g("asker").ensureCanAccept(BRAND, LIVE_QUESTION, strayAnswer)).toThrow(NotFoundError);
  });

  it("hides every thread of a deleted brand from all but site admins", () => {
    const gone: GuardedBrand = { ...BRAND, deletedAt: DELETED };
    for (const role of ROLES) {
      expect(g(role).canSeeQuestion(gone, LIVE_QUESTION)).toBe(role === "siteAdmin");
      expect(g(role).canAsk(gone)).toBe(false);
    }
  });

  it("lets any signed-in viewer ask in a live brand, and nobody ask anonymously", () => {
    for (const role of ROLES) expect(g(role).canAsk(BRAND)).toBe(role !== "anonymous");
    expect(() => g("anonymous").ensureCanAsk(BRAND)).toThrow(NotFoundError);
    expect(g("member").ensureCanAsk(BRAND)).toBe(BRAND);
  });

  it("grants no moderation to a viewer without an id, whatever roles it claims", () => {
    const forged = new Guardian({ ...ANONYMOUS, siteRoles: ["site_admin"], brandRoles: { [BRAND.id]: ["admin", "staff"] } });
    expect(forged.canModeratePosts(BRAND)).toBe(false);
    expect(forged.canEditPost(BRAND, LIVE_QUESTION, ANSWER)).toBe(false);
    expect(forged.canRestorePost(BRAND, LIVE_QUESTION, { ...ANSWER, deletedAt: DELETED })).toBe(false);
    expect(forged.canSeeQuestion(BRAND, DELETED_QUESTION)).toBe(false);
  });
});
