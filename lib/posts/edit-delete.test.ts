import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Tx } from "../../db/client";
import { auditLog, posts, revisions, threadEvents } from "../../db/schema";
import { acceptAnswer } from "../answers/accept-answer";
import { Guardian } from "../permissions/guardian";
import { currentTags } from "../questions/current-tags";
import { loadThread } from "../questions/load-thread";
import { ctxFor, giveBrandRole, giveSiteRole, makeBrand, makeUser, viewerOf } from "../testing/factories";
import { answerAs, askAs, postRow, questionRow, tagCounts } from "../testing/qa";
import { giveReputation } from "../testing/reputation";
import { inRollback } from "../testing/test-db";
import { deletePost } from "./delete-post";
import { editPost } from "./edit-post";
import { loadPost } from "./load-post";
import { restorePost } from "./restore-post";

const T0 = new Date("2026-03-02T10:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function makeWorld(tx: Tx) {
  const [brand, otherBrand] = await Promise.all([makeBrand(tx), makeBrand(tx)]);
  const [asker, answerer, member, staff, admin, otherStaff, siteAdmin] = await Promise.all(Array.from({ length: 7 }, () => makeUser(tx)));
  await giveBrandRole(tx, brand, staff!, "staff");
  await giveBrandRole(tx, brand, admin!, "admin");
  await giveBrandRole(tx, otherBrand, otherStaff!, "staff");
  await giveSiteRole(tx, siteAdmin!, "site_admin");
  const users = { asker: asker!, answerer: answerer!, member: member!, staff: staff!, admin: admin!, otherStaff: otherStaff!, siteAdmin: siteAdmin! };
  const { questionId, questionPostId } = await askAs(tx, users.asker, brand, { title: "How do I update the firmware?", tags: ["firmware", "router"] });
  const answerId = await answerAs(tx, users.answerer, questionId, {}, "Download it from the support site.");
  return { tx, brand, otherBrand, users, questionId, questionPostId, answerId };
}
type World = Awaited<ReturnType<typeof makeWorld>>;
type Who = keyof World["users"];

const ctxOf = (w: World, who: Who, minutes = 10) => ctxFor(w.tx, w.users[who], { now: () => at(minutes) });
const edit = async (w: World, who: Who, input: Record<string, unknown>, minutes = 10) => editPost({ ctx: await ctxOf(w, who, minutes), input });
const del = async (w: World, who: Who, postId: number) => deletePost({ ctx: await ctxOf(w, who), input: { postId } });
const restore = async (w: World, who: Who, postId: number) => restorePost({ ctx: await ctxOf(w, who), input: { postId } });
const revisionsOf = (tx: Tx, postId: number) => tx.select().from(revisions).where(eq(revisions.postId, postId)).orderBy(asc(revisions.number));
const threadFor = async (w: World, who: Who | null) => loadThread(w.tx, new Guardian(await viewerOf(w.tx, who ? w.users[who] : null)), w.questionId);

describe("editPost", () => {
  it("lets the author edit an answer, adding revision 2 with the full text, reason and author", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const result = await edit(w, "answerer", { postId: w.answerId, body: "Download it from the support site, then reboot.", reason: "added a step" });
      expect(result).toMatchObject({ postId: w.answerId, questionId: w.questionId, revision: 2 });
      expect(await postRow(tx, w.answerId)).toMatchObject({ body: "Download it from the support site, then reboot.", revisionCount: 2, updatedAt: at(10) });
      expect(await revisionsOf(tx, w.answerId)).toEqual([
        expect.objectContaining({ number: 1, authorId: w.users.answerer.id, body: "Download it from the support site.", reason: null }),
        expect.objectContaining({
          number: 2,
          authorId: w.users.answerer.id,
          body: "Download it from the support site, then reboot.",
          reason: "added a step",
          title: null,
          tags: null,
          createdAt: at(10),
        }),
      ]);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ lastActivityAt: at(10) });
      expect(await tx.$count(threadEvents, and(eq(threadEvents.questionId, w.questionId), eq(threadEvents.type, "edited")))).toBe(1);
      expect(await tx.$count(auditLog, and(eq(auditLog.action, "post.edit"), eq(auditLog.subjectId, String(w.answerId))))).toBe(1);
    });
  });

  it("numbers each further edit N+1 and keeps every version", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      for (const [i, who] of (["answerer", "staff", "answerer"] as const).entries()) {
        await edit(w, who, { postId: w.answerId, body: `Version ${i + 2}` }, i + 1);
      }
      const all = await revisionsOf(tx, w.answerId);
      expect(all.map((r) => [r.number, r.body, r.authorId])).toEqual([
        [1, "Download it from the support site.", w.users.answerer.id],
        [2, "Version 2", w.users.answerer.id],
        [3, "Version 3", w.users.staff.id],
        [4, "Version 4", w.users.answerer.id],
      ]);
      expect((await postRow(tx, w.answerId)).revisionCount).toBe(4);
    });
  });

  it.each(["staff", "admin", "siteAdmin"] as const)("lets %s of the brand edit anyone's post there", async (who) => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await edit(w, who, { postId: w.answerId, body: "Tidied by a moderator", reason: "formatting" });
      expect((await revisionsOf(tx, w.answerId)).at(-1)).toMatchObject({ number: 2, authorId: w.users[who].id, reason: "formatting" });
    });
  });

  it("forbids other members and staff of another brand, as the guardian says, and writes nothing", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const found = await loadPost(tx, w.answerId);
      for (const who of ["member", "asker", "otherStaff"] as const) {
        const guardian = new Guardian(await viewerOf(tx, w.users[who]));
        // They can read the public answer, so refusing it is a 403, not a 404.
        expect(guardian.canSeePost(found?.brand, found?.question, found?.post)).toBe(true);
        expect(guardian.canEditPost(found?.brand, found?.question, found?.post)).toBe(false);
        await expect(edit(w, who, { postId: w.answerId, body: "Hijacked" })).rejects.toMatchObject({
          code: "forbidden",
          messageKey: "reputation.errors.needs_privilege",
          messageValues: { needed: 500, action: "edit_posts" },
        });
      }
      await expect(editPost({ ctx: await ctxFor(tx, null), input: { postId: w.answerId, body: "Hijacked" } })).rejects.toMatchObject({
        code: "unauthenticated",
      });
      expect(await postRow(tx, w.answerId)).toMatchObject({ body: "Download it from the support site.", revisionCount: 1 });
      expect(await revisionsOf(tx, w.answerId)).toHaveLength(1);
    });
  });

  it("changes a question's title, slug and tags, adjusting each tag's count", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const other = await askAs(tx, w.users.member, w.brand, { tags: ["router"] });
      expect(await tagCounts(tx, w.brand.id)).toEqual({ firmware: 1, router: 2 });
      // "seguridad" is a new tag: creating it is a privilege.
      await giveReputation(tx, w.users.asker, w.brand, 100);
      const result = await edit(w, "asker", {
        postId: w.questionPostId,
        title: "How do I update the Wi-Fi firmware safely?",
        body: "New body",
        tags: "Router, Seguridad",
        reason: "clearer",
      });
      expect(result).toMatchObject({ revision: 2, slug: "how-do-i-update-the-wi-fi-firmware-safely", brandSlug: w.brand.slug });
      expect(await questionRow(tx, w.questionId)).toMatchObject({
        title: "How do I update the Wi-Fi firmware safely?",
        slug: "how-do-i-update-the-wi-fi-firmware-safely",
        updatedAt: at(10),
      });
      expect(await currentTags(tx, w.questionId)).toEqual(["router", "seguridad"]);
      expect(await tagCounts(tx, w.brand.id)).toEqual({ firmware: 0, router: 2, seguridad: 1 });
      expect(await currentTags(tx, other.questionId)).toEqual(["router"]);
      expect((await revisionsOf(tx, w.questionPostId)).at(-1)).toMatchObject({
        number: 2,
        title: "How do I update the Wi-Fi firmware safely?",
        body: "New body",
        tags: ["router", "seguridad"],
        reason: "clearer",
      });
      const [audit] = await tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "post.edit"), eq(auditLog.subjectId, String(w.questionPostId))));
      expect(audit).toMatchObject({ before: { revision: 1, title: "How do I update the firmware?", tags: ["firmware", "router"] } });
    });
  });

  it("keeps tag counts unchanged when a question is edited with the same tags", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const before = await tagCounts(tx, w.brand.id);
      await edit(w, "asker", { postId: w.questionPostId, title: "How do I update the firmware, again?", body: "Same tags", tags: ["router", "firmware"] });
      await edit(w, "staff", { postId: w.questionPostId, title: "How do I update the firmware, once more?", body: "Same tags", tags: ["FIRMWARE", "router"] });
      expect(await tagCounts(tx, w.brand.id)).toEqual(before);
    });
  });

  it.each([
    ["without a title", { body: "New body", tags: ["router"] }, { title: ["validation.required"] }],
    ["without tags", { body: "New body", title: "A perfectly fine new title" }, { tags: ["validation.tags_required"] }],
    ["with a short title", { body: "New body", title: "Too short", tags: ["router"] }, { title: ["validation.title_too_short"] }],
    ["with seven tags", { body: "New body", title: "A perfectly fine new title", tags: "a,b,c,d,e,f,g" }, { tags: ["validation.tags_too_many"] }],
    ["with an empty body", { body: " ", title: "A perfectly fine new title", tags: ["router"] }, { body: ["validation.body_required"] }],
  ])("refuses a question edit %s and writes nothing", async (_label, input, fieldErrors) => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const counts = await tagCounts(tx, w.brand.id);
      await expect(edit(w, "asker", { postId: w.questionPostId, ...input })).rejects.toMatchObject({ code: "validation", fieldErrors });
      expect(await postRow(tx, w.questionPostId)).toMatchObject({ revisionCount: 1 });
      expect(await revisionsOf(tx, w.questionPostId)).toHaveLength(1);
      expect(await tagCounts(tx, w.brand.id)).toEqual(counts);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ title: "How do I update the firmware?" });
    });
  });

  it("refuses to edit a deleted answer: forbidden for its author who still sees it, not found for others", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await del(w, "answerer", w.answerId);
      await expect(edit(w, "answerer", { postId: w.answerId, body: "Edited after deletion" })).rejects.toMatchObject({
        code: "forbidden",
        messageKey: "errors.cannot_edit",
      });
      await expect(edit(w, "member", { postId: w.answerId, body: "Edited after deletion" })).rejects.toMatchObject({ code: "not_found" });
      await expect(edit(w, "staff", { postId: w.answerId, body: "Edited after deletion" })).rejects.toMatchObject({ code: "forbidden" });
      expect(await revisionsOf(tx, w.answerId)).toHaveLength(1);
    });
  });
});

describe("deletePost and restorePost", () => {
  it("soft-deletes an answer: the row stays, the count drops, the event and audit are written", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await del(w, "answerer", w.answerId);
      expect(await postRow(tx, w.answerId)).toMatchObject({ deletedAt: at(10), deletedById: w.users.answerer.id, body: "Download it from the support site." });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ answerCount: 0, deletedAt: null });
      expect(await tx.$count(threadEvents, and(eq(threadEvents.questionId, w.questionId), eq(threadEvents.type, "deleted")))).toBe(1);
      expect(await tx.$count(auditLog, and(eq(auditLog.action, "post.delete"), eq(auditLog.subjectId, String(w.answerId))))).toBe(1);
    });
  });

  it("clears the acceptance when the accepted answer is deleted", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const second = await answerAs(tx, w.users.member, w.questionId);
      await acceptAnswer({ ctx: await ctxOf(w, "asker"), input: { postId: w.answerId } });
      await del(w, "staff", second);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ answerCount: 1, acceptedAnswerId: w.answerId });
      await del(w, "staff", w.answerId);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ answerCount: 0, acceptedAnswerId: null, acceptedAt: null });
    });
  });

  it("lets only the author and the brand's moderators delete", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      for (const who of ["member", "asker", "otherStaff"] as const) {
        await expect(del(w, who, w.answerId)).rejects.toMatchObject({ code: "forbidden" });
      }
      await expect(deletePost({ ctx: await ctxFor(tx, null), input: { postId: w.answerId } })).rejects.toMatchObject({ code: "unauthenticated" });
      expect((await postRow(tx, w.answerId)).deletedAt).toBeNull();
      await del(w, "admin", w.answerId);
      expect((await postRow(tx, w.answerId)).deletedById).toBe(w.users.admin.id);
      // Deleting twice is refused, not counted twice.
      await expect(del(w, "admin", w.answerId)).rejects.toMatchObject({ code: "forbidden" });
      expect((await questionRow(tx, w.questionId)).answerCount).toBe(0);
    });
  });

  it("hides a deleted question from members, the asker included, and shows it with its answers to staff", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await del(w, "asker", w.questionPostId);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ deletedAt: at(10), deletedById: w.users.asker.id, answerCount: 1 });
      expect(await postRow(tx, w.questionPostId)).toMatchObject({ deletedAt: at(10) });
      for (const who of [null, "member", "asker", "answerer", "otherStaff"] as const) expect(await threadFor(w, who)).toBeNull();
      for (const who of ["staff", "admin", "siteAdmin"] as const) {
        const thread = await threadFor(w, who);
        expect(thread?.question.deletedAt).toEqual(at(10));
        expect(thread?.answers.map((a) => a.id)).toEqual([w.answerId]);
      }
    });
  });

  it("restores an answer for staff only, and puts its count back", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await del(w, "answerer", w.answerId);
      await expect(restore(w, "answerer", w.answerId)).rejects.toMatchObject({ code: "forbidden" });
      await expect(restore(w, "member", w.answerId)).rejects.toMatchObject({ code: "not_found" });
      await expect(restore(w, "otherStaff", w.answerId)).rejects.toMatchObject({ code: "not_found" });
      expect((await questionRow(tx, w.questionId)).answerCount).toBe(0);
      await restore(w, "staff", w.answerId);
      expect(await postRow(tx, w.answerId)).toMatchObject({ deletedAt: null, deletedById: null });
      expect((await questionRow(tx, w.questionId)).answerCount).toBe(1);
      expect(await tx.$count(threadEvents, and(eq(threadEvents.questionId, w.questionId), eq(threadEvents.type, "restored")))).toBe(1);
      expect(await tx.$count(auditLog, and(eq(auditLog.action, "post.restore"), eq(auditLog.subjectId, String(w.answerId))))).toBe(1);
      // A live post cannot be restored again.
      await expect(restore(w, "staff", w.answerId)).rejects.toMatchObject({ code: "forbidden" });
      expect((await questionRow(tx, w.questionId)).answerCount).toBe(1);
    });
  });

  it("restores a deleted question for staff, and members see it again; its asker cannot restore it (they no longer see it)", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await del(w, "asker", w.questionPostId);
      await expect(restore(w, "asker", w.questionPostId)).rejects.toMatchObject({ code: "not_found" });
      await restore(w, "admin", w.questionPostId);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ deletedAt: null, deletedById: null, answerCount: 1 });
      const thread = await threadFor(w, "member");
      expect(thread?.questionPost.id).toBe(w.questionPostId);
      expect(thread?.answers.map((a) => a.id)).toEqual([w.answerId]);
    });
  });

  it("leaves the deleted post's other rows alone", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await del(w, "answerer", w.answerId);
      expect(await tx.$count(posts, eq(posts.id, w.answerId))).toBe(1);
      expect(await revisionsOf(tx, w.answerId)).toHaveLength(1);
    });
  });
});
