import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Tx } from "../../db/client";
import { comments, posts, questions, tags, votes } from "../../db/schema";
import { addComment } from "../comments/add-comment";
import { ForbiddenError } from "../errors";
import { type GuardedBrand, type GuardedPost, type GuardedQuestion, Guardian } from "../permissions/guardian";
import type { BrandRole, SiteRole } from "../permissions/roles";
import { ANONYMOUS, type Viewer } from "../permissions/viewer";
import { editPost } from "../posts/edit-post";
import { askQuestion } from "../questions/ask";
import { ctxFor, giveBrandRole, makeBrand, makeUser } from "../testing/factories";
import { answerAs, askAs, askInput, postRow } from "../testing/qa";
import { giveReputation } from "../testing/reputation";
import { inRollback } from "../testing/test-db";
import { castVote } from "../votes/cast-vote";
import { nextPrivilege } from "./next-privilege";
import { PRIVILEGE_THRESHOLDS, PRIVILEGES, type Privilege } from "./rules";

const BRAND: GuardedBrand = { id: "11111111-1111-4111-8111-111111111111", deletedAt: null };
const OTHER_BRAND_ID = "22222222-2222-4222-8222-222222222222";
const OWNER = "00000000-0000-4000-8000-00000000000a";
const VIEWER_ID = "00000000-0000-4000-8000-00000000000b";
const QUESTION: GuardedQuestion = { id: 1, brandId: BRAND.id, authorId: OWNER, deletedAt: null };
const QUESTION_POST: GuardedPost = { id: 10, questionId: 1, kind: "question", authorId: OWNER, deletedAt: null };
const ANSWER: GuardedPost = { id: 11, questionId: 1, kind: "answer", authorId: OWNER, deletedAt: null };

function viewer(options: { reputation?: number; siteRoles?: SiteRole[]; brandRoles?: Record<string, BrandRole[]>; reputationElsewhere?: number } = {}): Viewer {
  return {
    id: VIEWER_ID,
    email: "v@example.test",
    name: "V",
    handle: "v",
    siteRoles: options.siteRoles ?? [],
    brandRoles: options.brandRoles ?? {},
    reputation: {
      ...(options.reputation === undefined ? {} : { [BRAND.id]: options.reputation }),
      ...(options.reputationElsewhere === undefined ? {} : { [OTHER_BRAND_ID]: options.reputationElsewhere }),
    },
  };
}

// What each privilege lets a viewer do in the guardian, on someone else's post.
const ACTIONS: Record<Exclude<Privilege, "review_flags">, (g: Guardian) => boolean> = {
  vote_up: (g) => g.canVote(BRAND, QUESTION, ANSWER),
  comment: (g) => g.canComment(BRAND, QUESTION, ANSWER),
  vote_down: (g) => g.canVoteDown(BRAND, QUESTION, ANSWER),
  create_tags: (g) => g.canCreateTags(BRAND),
  edit_posts: (g) => g.canEditPost(BRAND, QUESTION, ANSWER),
};
const ENSURE: Record<keyof typeof ACTIONS, (g: Guardian) => void> = {
  vote_up: (g) => g.ensureCanVote(BRAND, QUESTION, ANSWER),
  comment: (g) => g.ensureCanComment(BRAND, QUESTION, ANSWER),
  vote_down: (g) => g.ensureCanVoteDown(BRAND, QUESTION, ANSWER),
  create_tags: (g) => g.ensureCanCreateTags(BRAND, ["new-tag"]),
  edit_posts: (g) => g.ensureCanEditPost(BRAND, QUESTION, ANSWER),
};
type Action = keyof typeof ACTIONS;
const ACTION_NAMES = Object.keys(ACTIONS) as Action[];

const ROLES = {
  anonymous: () => ANONYMOUS,
  "member at the floor": () => viewer(),
  "member one short": (a: Action) => viewer({ reputation: PRIVILEGE_THRESHOLDS[a] - 1 }),
  "member at the threshold": (a: Action) => viewer({ reputation: PRIVILEGE_THRESHOLDS[a] }),
  "member with plenty in another brand only": (a: Action) => viewer({ reputationElsewhere: PRIVILEGE_THRESHOLDS[a] + 1000 }),
  agent: () => viewer({ brandRoles: { [BRAND.id]: ["agent"] } }),
  staff: () => viewer({ brandRoles: { [BRAND.id]: ["staff"] } }),
  "brand admin": () => viewer({ brandRoles: { [BRAND.id]: ["admin"] } }),
  "staff of another brand": () => viewer({ brandRoles: { [OTHER_BRAND_ID]: ["staff", "admin"] } }),
  "site admin": () => viewer({ siteRoles: ["site_admin"] }),
} satisfies Record<string, (a: Action) => Viewer>;
type Role = keyof typeof ROLES;

const EXPECTED: Record<Role, (a: Action) => boolean> = {
  anonymous: () => false,
  "member at the floor": (a) => PRIVILEGE_THRESHOLDS[a] <= 1,
  "member one short": () => false,
  "member at the threshold": () => true,
  "member with plenty in another brand only": (a) => PRIVILEGE_THRESHOLDS[a] <= 1,
  agent: (a) => PRIVILEGE_THRESHOLDS[a] <= 1,
  staff: () => true,
  "brand admin": () => true,
  "staff of another brand": (a) => PRIVILEGE_THRESHOLDS[a] <= 1,
  "site admin": () => true,
};

const CASES = (Object.keys(ROLES) as Role[]).flatMap((role) => ACTION_NAMES.map((action) => ({ role, action, expected: EXPECTED[role](action) })));

describe("privileges in the guardian, one per role × action", () => {
  it.each(CASES)("$role · $action → $expected", ({ role, action, expected }) => {
    const g = new Guardian(ROLES[role](action));
    expect(ACTIONS[action](g)).toBe(expected);
    if (expected) expect(() => ENSURE[action](g)).not.toThrow();
    else expect(() => ENSURE[action](g)).toThrow();
  });

  it.each(ACTION_NAMES.filter((a) => PRIVILEGE_THRESHOLDS[a] > 1))("names the reputation %s needs when a member is one short", (action) => {
    const g = new Guardian(viewer({ reputation: PRIVILEGE_THRESHOLDS[action] - 1 }));
    const key = action === "create_tags" ? "reputation.errors.new_tags" : "reputation.errors.needs_privilege";
    expect(() => ENSURE[action](g)).toThrow(ForbiddenError);
    expect(() => ENSURE[action](g)).toThrow(
      expect.objectContaining({ messageKey: key, messageValues: expect.objectContaining({ needed: PRIVILEGE_THRESHOLDS[action] }) }),
    );
  });

  it("lets a member at the floor comment under their own posts and under answers to their own question, but not elsewhere", () => {
    const owner = new Guardian({ ...viewer(), id: OWNER });
    expect(owner.canComment(BRAND, QUESTION, QUESTION_POST)).toBe(true);
    expect(owner.canComment(BRAND, QUESTION, { ...ANSWER, authorId: VIEWER_ID })).toBe(true);
    const answerer = new Guardian(viewer());
    expect(answerer.canComment(BRAND, QUESTION, { ...ANSWER, authorId: VIEWER_ID })).toBe(true);
    expect(answerer.canComment(BRAND, QUESTION, QUESTION_POST)).toBe(false);
  });

  it("still refuses what no reputation unlocks: one's own post to vote on, a deleted post", () => {
    const rich = new Guardian({ ...viewer({ reputation: 100_000 }), id: OWNER });
    expect(rich.canVote(BRAND, QUESTION, ANSWER)).toBe(false);
    expect(rich.canVoteDown(BRAND, QUESTION, ANSWER)).toBe(false);
    const other = new Guardian(viewer({ reputation: 100_000 }));
    expect(other.canComment(BRAND, QUESTION, { ...ANSWER, deletedAt: new Date() })).toBe(false);
    expect(other.hasPrivilege(BRAND, "review_flags")).toBe(true);
    expect(new Guardian(viewer({ reputation: 999 })).hasPrivilege(BRAND, "review_flags")).toBe(false);
  });
});

describe("nextPrivilege", () => {
  it("names what unlocks next and how much is missing, and nothing once all are held", () => {
    expect(nextPrivilege(1)).toEqual({ privilege: "comment", threshold: 10, remaining: 9 });
    expect(nextPrivilege(380)).toEqual({ privilege: "edit_posts", threshold: 500, remaining: 120 });
    expect(nextPrivilege(1000)).toBeNull();
    // Thresholds rise in the order privileges are listed, so "next" is well defined.
    const thresholds = PRIVILEGES.map((p) => PRIVILEGE_THRESHOLDS[p]);
    expect([...thresholds].sort((a, b) => a - b)).toEqual(thresholds);
  });
});

describe("the verbs refuse without the privilege, with the reputation it needs, and write nothing", () => {
  async function makeWorld(tx: Tx) {
    const brand = await makeBrand(tx);
    const [asker, answerer, member, staff] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx), makeUser(tx)]);
    await giveBrandRole(tx, brand, staff, "staff");
    const { questionId, questionPostId } = await askAs(tx, asker, brand, { tags: ["router"] });
    const answerId = await answerAs(tx, answerer, questionId);
    return { brand, asker, answerer, member, staff, questionId, questionPostId, answerId };
  }

  it("votes down from 50", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await giveReputation(tx, w.member, w.brand, 49);
      const down = async () => castVote({ ctx: await ctxFor(tx, w.member), input: { postId: w.answerId, value: -1 } });
      await expect(down()).rejects.toMatchObject({
        code: "forbidden",
        messageKey: "reputation.errors.needs_privilege",
        messageValues: { needed: 50, action: "vote_down" },
      });
      expect(await tx.$count(votes, eq(votes.postId, w.answerId))).toBe(0);
      // Voting up needs only what every member has.
      await castVote({ ctx: await ctxFor(tx, w.member), input: { postId: w.answerId, value: 1 } });
      await giveReputation(tx, w.member, w.brand, 50);
      await down();
      expect((await postRow(tx, w.answerId)).score).toBe(-1);
    });
  });

  it("comments on others' posts from 10, on one's own thread at any reputation", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const comment = async (user: typeof w.member, postId: number) =>
        addComment({ ctx: await ctxFor(tx, user), input: { postId, body: "Have you tried turning it off?" } });
      await expect(comment(w.member, w.answerId)).rejects.toMatchObject({
        messageKey: "reputation.errors.needs_privilege",
        messageValues: { needed: 10, action: "comment" },
      });
      await expect(comment(w.answerer, w.questionPostId)).rejects.toMatchObject({ messageValues: { needed: 10, action: "comment" } });
      expect(await tx.$count(comments, eq(comments.questionId, w.questionId))).toBe(0);
      await comment(w.asker, w.answerId);
      await comment(w.asker, w.questionPostId);
      await comment(w.answerer, w.answerId);
      await comment(w.staff, w.answerId);
      await giveReputation(tx, w.member, w.brand, 10);
      await comment(w.member, w.answerId);
      expect(await tx.$count(comments, eq(comments.questionId, w.questionId))).toBe(5);
    });
  });

  it("asks with the brand's existing tags at any reputation, and creates new tags from 100", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const ask = async (tagList: string[]) => askQuestion({ ctx: await ctxFor(tx, w.member), input: askInput(w.brand, { tags: tagList }) });
      await expect(ask(["router", "Fibra Óptica", "mesh"])).rejects.toMatchObject({
        code: "forbidden",
        messageKey: "reputation.errors.new_tags",
        messageValues: { needed: 100, tags: "fibra-óptica, mesh" },
      });
      expect(await tx.$count(questions, and(eq(questions.brandId, w.brand.id), eq(questions.authorId, w.member.id)))).toBe(0);
      expect(await tx.$count(tags, eq(tags.brandId, w.brand.id))).toBe(1);
      await ask(["router"]);
      await giveReputation(tx, w.member, w.brand, 100);
      await ask(["router", "mesh"]);
      expect(await tx.$count(tags, and(eq(tags.brandId, w.brand.id), eq(tags.name, "mesh")))).toBe(1);
      // Staff create tags whatever their reputation.
      await askQuestion({ ctx: await ctxFor(tx, w.staff), input: askInput(w.brand, { tags: ["ont"] }) });
    });
  });

  it("edits others' posts from 500, and a new tag in one's own question needs 100", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const edit = async (user: typeof w.member, input: Record<string, unknown>) => editPost({ ctx: await ctxFor(tx, user), input });
      await giveReputation(tx, w.member, w.brand, 499);
      await expect(edit(w.member, { postId: w.answerId, body: "A clearer answer, tidied up." })).rejects.toMatchObject({
        messageKey: "reputation.errors.needs_privilege",
        messageValues: { needed: 500, action: "edit_posts" },
      });
      expect((await postRow(tx, w.answerId)).revisionCount).toBe(1);
      await giveReputation(tx, w.member, w.brand, 500);
      await edit(w.member, { postId: w.answerId, body: "A clearer answer, tidied up." });
      expect((await postRow(tx, w.answerId)).revisionCount).toBe(2);

      const retitle = { postId: w.questionPostId, title: "How do I reset the router safely?", body: "The router keeps dropping." };
      await expect(edit(w.asker, { ...retitle, tags: "router, brand-new" })).rejects.toMatchObject({ messageKey: "reputation.errors.new_tags" });
      await edit(w.asker, { ...retitle, tags: "router" });
      const [post] = await tx.select({ revisions: posts.revisionCount }).from(posts).where(eq(posts.id, w.questionPostId));
      expect(post?.revisions).toBe(2);
    });
  });
});
