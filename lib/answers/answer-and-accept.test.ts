import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor, Tx } from "../../db/client";
import { auditLog, follows, notifications, posts, questions, revisions, threadEvents, type User } from "../../db/schema";
import { deletePost } from "../posts/delete-post";
import { ctxFor, giveBrandRole, makeBrand, makeUser } from "../testing/factories";
import { askAs, questionRow } from "../testing/qa";
import { inRollback } from "../testing/test-db";
import { acceptAnswer } from "./accept-answer";
import { postAnswer } from "./post-answer";

const T0 = new Date("2026-03-02T10:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function makeWorld(tx: Tx) {
  const brand = await makeBrand(tx);
  const [asker, answerer, second, member, staff] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx), makeUser(tx), makeUser(tx)]);
  await giveBrandRole(tx, brand, staff, "staff");
  const { questionId, questionPostId } = await askAs(tx, asker, brand, {}, { now: () => T0 });
  return { tx, brand, asker, answerer, second, member, staff, questionId, questionPostId };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

const answer = async (w: World, user: User, minutes: number, input: Record<string, unknown> = {}) =>
  postAnswer({ ctx: await ctxFor(w.tx, user, { now: () => at(minutes) }), input: { questionId: w.questionId, body: "Unplug it for ten seconds.", ...input } });

const accept = async (w: World, user: User, postId: number, minutes = 60, extra: Record<string, unknown> = {}) =>
  acceptAnswer({ ctx: await ctxFor(w.tx, user, { now: () => at(minutes) }), input: { postId, ...extra } });

const eventsOf = (db: Executor, questionId: number) =>
  db
    .select({ type: threadEvents.type, postId: threadEvents.postId, actorId: threadEvents.actorId })
    .from(threadEvents)
    .where(eq(threadEvents.questionId, questionId))
    .orderBy(asc(threadEvents.id));

const notificationsOf = (db: Executor, userId: string) =>
  db
    .select({ type: notifications.type, questionId: notifications.questionId, postId: notifications.postId, actorId: notifications.actorId })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.id));

describe("postAnswer", () => {
  it("adds the answer with revision 1, counts it, and makes the answerer a follower", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const result = await answer(w, w.answerer, 5);
      expect(result).toEqual({ id: expect.any(Number), questionId: w.questionId, duplicate: false });
      const [post] = await tx.select().from(posts).where(eq(posts.id, result.id));
      expect(post).toMatchObject({ kind: "answer", questionId: w.questionId, authorId: w.answerer.id, body: "Unplug it for ten seconds.", revisionCount: 1 });
      expect(await tx.select().from(revisions).where(eq(revisions.postId, result.id))).toEqual([
        expect.objectContaining({ number: 1, authorId: w.answerer.id, body: "Unplug it for ten seconds.", title: null, tags: null }),
      ]);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ answerCount: 1, lastActivityAt: at(5), firstAnswerAt: at(5) });
      const followers = await tx.select({ userId: follows.userId }).from(follows).where(eq(follows.questionId, w.questionId));
      expect(followers.map((f) => f.userId).sort()).toEqual([w.asker.id, w.answerer.id].sort());
      expect(await tx.$count(auditLog, and(eq(auditLog.action, "answer.post"), eq(auditLog.subjectId, String(result.id))))).toBe(1);
    });
  });

  it("sets first_answer_at and its event only for the first answer by someone other than the asker", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const own = await answer(w, w.asker, 1);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ answerCount: 1, firstAnswerAt: null });
      const first = await answer(w, w.answerer, 2);
      const later = await answer(w, w.second, 3);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ answerCount: 3, firstAnswerAt: at(2), lastActivityAt: at(3) });
      expect(await eventsOf(tx, w.questionId)).toEqual([
        { type: "asked", postId: w.questionPostId, actorId: w.asker.id },
        { type: "answered", postId: own.id, actorId: w.asker.id },
        { type: "answered", postId: first.id, actorId: w.answerer.id },
        { type: "first_answer", postId: first.id, actorId: w.answerer.id },
        { type: "answered", postId: later.id, actorId: w.second.id },
      ]);
    });
  });

  it("notifies every follower but the one who answered", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const first = await answer(w, w.answerer, 1);
      expect(await notificationsOf(tx, w.asker.id)).toEqual([{ type: "new_answer", questionId: w.questionId, postId: first.id, actorId: w.answerer.id }]);
      expect(await notificationsOf(tx, w.answerer.id)).toEqual([]);
      const second = await answer(w, w.second, 2);
      expect(await notificationsOf(tx, w.asker.id)).toHaveLength(2);
      expect(await notificationsOf(tx, w.answerer.id)).toEqual([{ type: "new_answer", questionId: w.questionId, postId: second.id, actorId: w.second.id }]);
      expect(await notificationsOf(tx, w.second.id)).toEqual([]);
      expect(await notificationsOf(tx, w.member.id)).toEqual([]);
      // The asker answering their own question tells the others, not themselves.
      await answer(w, w.asker, 3);
      expect(await notificationsOf(tx, w.asker.id)).toHaveLength(2);
      expect(await notificationsOf(tx, w.answerer.id)).toHaveLength(2);
    });
  });

  it("returns the first answer for a repeated idempotency key and counts it once", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const first = await answer(w, w.answerer, 1, { idempotencyKey: "answer-form-1" });
      const again = await answer(w, w.answerer, 2, { idempotencyKey: "answer-form-1", body: "Retried text" });
      expect(again).toEqual({ ...first, duplicate: true });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ answerCount: 1, lastActivityAt: at(1) });
      expect(await tx.$count(posts, and(eq(posts.questionId, w.questionId), eq(posts.kind, "answer")))).toBe(1);
      expect(await notificationsOf(tx, w.asker.id)).toHaveLength(1);
    });
  });

  it("rejects an empty body, an unknown question and an anonymous visitor, writing nothing", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(answer(w, w.answerer, 1, { body: "  \n " })).rejects.toMatchObject({
        code: "validation",
        fieldErrors: { body: ["validation.body_required"] },
      });
      await expect(answer(w, w.answerer, 1, { questionId: 2_000_000_000 })).rejects.toMatchObject({
        code: "not_found",
        messageKey: "errors.question_not_found",
      });
      await expect(answer(w, w.answerer, 1, { questionId: "abc" })).rejects.toMatchObject({ code: "validation" });
      await expect(postAnswer({ ctx: await ctxFor(tx, null), input: { questionId: w.questionId, body: "Hello there" } })).rejects.toMatchObject({
        code: "unauthenticated",
      });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ answerCount: 0, firstAnswerAt: null });
    });
  });

  it("refuses a deleted question: not found for a member who cannot see it, forbidden for staff who can", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await deletePost({ ctx: await ctxFor(tx, w.asker), input: { postId: w.questionPostId } });
      await expect(answer(w, w.answerer, 1)).rejects.toMatchObject({ code: "not_found", messageKey: "errors.question_not_found" });
      await expect(answer(w, w.asker, 1)).rejects.toMatchObject({ code: "not_found", messageKey: "errors.question_not_found" });
      await expect(answer(w, w.staff, 1)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.question_deleted" });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ answerCount: 0 });
      expect(await tx.$count(posts, and(eq(posts.questionId, w.questionId), eq(posts.kind, "answer")))).toBe(0);
    });
  });
});

describe("acceptAnswer", () => {
  it("lets the asker accept: sets the answer and time, records the event and notifies the answer's author", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const a1 = await answer(w, w.answerer, 1);
      const result = await accept(w, w.asker, a1.id, 30);
      expect(result).toEqual({ questionId: w.questionId, acceptedAnswerId: a1.id });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ acceptedAnswerId: a1.id, acceptedAt: at(30), lastActivityAt: at(30) });
      expect((await eventsOf(tx, w.questionId)).at(-1)).toEqual({ type: "accepted", postId: a1.id, actorId: w.asker.id });
      expect((await notificationsOf(tx, w.answerer.id)).at(-1)).toEqual({
        type: "answer_accepted",
        questionId: w.questionId,
        postId: a1.id,
        actorId: w.asker.id,
      });
      expect(await tx.$count(auditLog, and(eq(auditLog.action, "answer.accept"), eq(auditLog.subjectId, String(w.questionId))))).toBe(1);
    });
  });

  it("moves the acceptance to another answer, and takes it back when the accepted one is accepted again", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const a1 = await answer(w, w.answerer, 1);
      const a2 = await answer(w, w.second, 2);
      await accept(w, w.asker, a1.id, 10);
      await accept(w, w.asker, a2.id, 20);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ acceptedAnswerId: a2.id, acceptedAt: at(20) });
      expect(await notificationsOf(tx, w.second.id)).toContainEqual({ type: "answer_accepted", questionId: w.questionId, postId: a2.id, actorId: w.asker.id });
      const undone = await accept(w, w.asker, a2.id, 30);
      expect(undone.acceptedAnswerId).toBeNull();
      expect(await questionRow(tx, w.questionId)).toMatchObject({ acceptedAnswerId: null, acceptedAt: null });
      const events = (await eventsOf(tx, w.questionId)).filter((e) => e.type === "accepted" || e.type === "unaccepted");
      expect(events).toEqual([
        { type: "accepted", postId: a1.id, actorId: w.asker.id },
        { type: "unaccepted", postId: a1.id, actorId: w.asker.id },
        { type: "accepted", postId: a2.id, actorId: w.asker.id },
        { type: "unaccepted", postId: a2.id, actorId: w.asker.id },
      ]);
      // Taking an acceptance back notifies nobody.
      expect((await notificationsOf(tx, w.second.id)).filter((n) => n.type === "answer_accepted")).toHaveLength(1);
    });
  });

  it("does not notify the asker when they accept their own answer", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const own = await answer(w, w.asker, 1);
      await accept(w, w.asker, own.id);
      expect(await questionRow(tx, w.questionId)).toMatchObject({ acceptedAnswerId: own.id });
      expect(await notificationsOf(tx, w.asker.id)).toEqual([]);
    });
  });

  it("refuses everyone but the asker with cannot_accept and changes nothing", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const a1 = await answer(w, w.answerer, 1);
      for (const user of [w.member, w.answerer, w.second, w.staff]) {
        await expect(accept(w, user, a1.id)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.cannot_accept" });
      }
      await expect(acceptAnswer({ ctx: await ctxFor(tx, null), input: { postId: a1.id } })).rejects.toMatchObject({ code: "unauthenticated" });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ acceptedAnswerId: null, acceptedAt: null });
      expect(await notificationsOf(tx, w.answerer.id)).toEqual([]);
    });
  });

  it("refuses to accept the question post itself", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(accept(w, w.asker, w.questionPostId)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.cannot_accept" });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ acceptedAnswerId: null });
    });
  });

  it("treats a deleted answer or a deleted question as not found for the asker", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const a1 = await answer(w, w.answerer, 1);
      const a2 = await answer(w, w.second, 2);
      await deletePost({ ctx: await ctxFor(tx, w.answerer), input: { postId: a1.id } });
      await expect(accept(w, w.asker, a1.id)).rejects.toMatchObject({ code: "not_found", messageKey: "errors.post_not_found" });
      await deletePost({ ctx: await ctxFor(tx, w.staff), input: { postId: w.questionPostId } });
      await expect(accept(w, w.asker, a2.id)).rejects.toMatchObject({ code: "not_found", messageKey: "errors.post_not_found" });
      await expect(accept(w, w.asker, 2_000_000_000)).rejects.toMatchObject({ code: "not_found" });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ acceptedAnswerId: null });
    });
  });

  // The form only sends a post id; a forged one pointing into another thread must not touch the asker's thread or anyone else's.
  it("cannot be aimed at someone else's thread with a forged post id", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const mine = await answer(w, w.answerer, 1);
      const otherAsker = await makeUser(tx);
      const other = await askAs(tx, otherAsker, w.brand);
      const theirs = await postAnswer({ ctx: await ctxFor(tx, w.second), input: { questionId: other.questionId, body: "Answer in the other thread" } });

      await expect(accept(w, w.asker, theirs.id)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.cannot_accept" });
      await expect(accept(w, w.asker, theirs.id, 60, { questionId: w.questionId })).rejects.toMatchObject({ code: "forbidden" });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ acceptedAnswerId: null });
      expect(await questionRow(tx, other.questionId)).toMatchObject({ acceptedAnswerId: null });

      // Their asker may accept it, and it is their thread that changes, whatever question id rides along.
      const done = await accept(w, otherAsker, theirs.id, 60, { questionId: w.questionId });
      expect(done).toEqual({ questionId: other.questionId, acceptedAnswerId: theirs.id });
      expect(await questionRow(tx, other.questionId)).toMatchObject({ acceptedAnswerId: theirs.id });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ acceptedAnswerId: null });
      expect(await tx.$count(threadEvents, and(eq(threadEvents.questionId, w.questionId), eq(threadEvents.type, "accepted")))).toBe(0);

      // And the asker's own answer cannot be accepted into the other thread by its asker.
      await expect(accept(w, otherAsker, mine.id)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.cannot_accept" });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ acceptedAnswerId: null });
    });
  });

  it("cannot accept an answer of another brand's thread either", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const otherBrand = await makeBrand(tx);
      const elsewhere = await askAs(tx, w.member, otherBrand);
      const theirs = await postAnswer({ ctx: await ctxFor(tx, w.second), input: { questionId: elsewhere.questionId, body: `Elsewhere ${randomUUID()}` } });
      await expect(accept(w, w.asker, theirs.id)).rejects.toMatchObject({ code: "forbidden", messageKey: "errors.cannot_accept" });
      expect(await questionRow(tx, elsewhere.questionId)).toMatchObject({ acceptedAnswerId: null });
      expect(await tx.select({ id: questions.id }).from(questions).where(eq(questions.acceptedAnswerId, theirs.id))).toEqual([]);
    });
  });
});
