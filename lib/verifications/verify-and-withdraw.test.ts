import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor, Tx } from "../../db/client";
import { answerVerifications, auditLog, brands, reputationEvents, reputationTotals, type User } from "../../db/schema";
import { updateBrand } from "../brands/update-brand";
import type { Ctx } from "../context";
import { deletePost } from "../posts/delete-post";
import { editPost } from "../posts/edit-post";
import { REPUTATION_RULES } from "../reputation/rules";
import { ctxFor, giveBrandRole, makeBrand, makeUser } from "../testing/factories";
import { answerAs, insertQuestion, postRow, questionRow } from "../testing/qa";
import { inRollback } from "../testing/test-db";
import { VerifyInput } from "./schemas";
import { verifyAnswer } from "./verify-answer";
import { withdrawVerification } from "./withdraw-verification";

const T0 = new Date("2026-03-02T10:00:00.000Z");
const DAY = 86_400_000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);

async function makeWorld(tx: Tx, ttl: number | null = 30) {
  const brand = await makeBrand(tx, { verificationTtlDays: ttl });
  const otherBrand = await makeBrand(tx);
  const [asker, answerer, member, staff, admin, otherStaff] = await Promise.all(Array.from({ length: 6 }, () => makeUser(tx)));
  await giveBrandRole(tx, brand, staff!, "staff");
  await giveBrandRole(tx, brand, admin!, "admin");
  await giveBrandRole(tx, otherBrand, otherStaff!, "staff");
  // Inserted rather than asked, so the asker's privileges (new tags) play no part here.
  const { question, questionPost } = await insertQuestion(tx, { brand, author: asker!, createdAt: T0 });
  const [questionId, questionPostId] = [question.id, questionPost.id];
  const answerId = await answerAs(tx, answerer!, questionId, { now: () => at(0.1) });
  return {
    tx,
    brand,
    otherBrand,
    asker: asker!,
    answerer: answerer!,
    member: member!,
    staff: staff!,
    admin: admin!,
    otherStaff: otherStaff!,
    questionId,
    questionPostId,
    answerId,
  };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

const ctxAt = (w: World, user: User | null, days: number): Promise<Ctx> => ctxFor(w.tx, user, { now: () => at(days) });
const verify = async (w: World, user: User | null, days: number, input: Record<string, unknown> = {}) =>
  verifyAnswer({ ctx: await ctxAt(w, user, days), input: { brandId: w.brand.id, postId: w.answerId, ...input } });
const withdraw = async (w: World, user: User | null, days: number, input: Record<string, unknown> = {}) =>
  withdrawVerification({
    ctx: await ctxAt(w, user, days),
    input: { brandId: w.brand.id, postId: w.answerId, reason: "No longer true after the March update.", ...input },
  });

const rowsOf = (db: Executor, postId: number) =>
  db.select().from(answerVerifications).where(eq(answerVerifications.postId, postId)).orderBy(answerVerifications.id);
const auditOf = (db: Executor, postId: number) =>
  db
    .select({ action: auditLog.action, actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "post"), eq(auditLog.subjectId, String(postId))))
    .orderBy(auditLog.id);

describe("verifyAnswer", () => {
  it("records who verified, when, the note and what it applies to, expiring after the brand's validity, with an audit row", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx, 30);
      const result = await verify(w, w.staff, 1, { note: "  Confirmed by our network team.  ", appliesTo: "Router TV-R300" });
      expect(result).toMatchObject({ postId: w.answerId, questionId: w.questionId, renewed: false });
      expect(await rowsOf(tx, w.answerId)).toEqual([
        expect.objectContaining({
          questionId: w.questionId,
          brandId: w.brand.id,
          verifiedById: w.staff.id,
          note: "Confirmed by our network team.",
          appliesTo: "Router TV-R300",
          verifiedAt: at(1),
          expiresAt: at(31),
          reviewSince: null,
          withdrawnAt: null,
        }),
      ]);
      expect(await auditOf(tx, w.answerId)).toContainEqual({ action: "answer.verify", actorId: w.staff.id });
      expect(await questionRow(tx, w.questionId)).toMatchObject({ lastActivityAt: at(1) });
    });
  });

  it("never expires when the brand sets no validity; empty note and product are stored as nothing", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx, null);
      await verify(w, w.admin, 1, { note: "   ", appliesTo: "" });
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ expiresAt: null, note: null, appliesTo: null, verifiedById: w.admin.id })]);
    });
  });

  it("accepts what the server action already parsed from an empty form (null note and product)", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx, null);
      const parsed = VerifyInput.parse({ brandId: w.brand.id, postId: String(w.answerId), note: "", appliesTo: "" });
      await verify(w, w.admin, 1, parsed);
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ note: null, appliesTo: null })]);
    });
  });

  it("lets several answers of one thread be verified", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const second = await answerAs(tx, w.member, w.questionId, { now: () => at(0.2) });
      await verify(w, w.staff, 1);
      await verify(w, w.staff, 1, { postId: second });
      expect(await tx.$count(answerVerifications, eq(answerVerifications.questionId, w.questionId))).toBe(2);
    });
  });

  it("refuses verifying twice while in force, writing nothing more", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await verify(w, w.staff, 1, { note: "First" });
      await expect(verify(w, w.admin, 2, { note: "Second" })).rejects.toMatchObject({ code: "conflict", messageKey: "verification.errors.already_verified" });
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ note: "First", verifiedAt: at(1), verifiedById: w.staff.id })]);
      expect((await auditOf(tx, w.answerId)).filter((a) => a.action.startsWith("answer."))).toHaveLength(2);
    });
  });

  it("renews an expired verification in place: new date, new expiry, the new note", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx, 30);
      const first = await verify(w, w.staff, 1, { note: "Old" });
      const renewed = await verify(w, w.admin, 40, { note: "Still right in April", appliesTo: "Firmware 2.2" });
      expect(renewed).toMatchObject({ verificationId: first.verificationId, renewed: true });
      expect(await rowsOf(tx, w.answerId)).toEqual([
        expect.objectContaining({
          verifiedAt: at(40),
          expiresAt: at(70),
          verifiedById: w.admin.id,
          note: "Still right in April",
          appliesTo: "Firmware 2.2",
          reviewSince: null,
        }),
      ]);
      expect((await auditOf(tx, w.answerId)).map((a) => a.action)).toContain("answer.reverify");
    });
  });

  it("refuses an answer of another brand through a forged brand and post pairing, and another brand's staff, writing nothing", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      // Staff of the other brand send their own brand's id with this brand's answer.
      await expect(verify(w, w.otherStaff, 1, { brandId: w.otherBrand.id })).rejects.toMatchObject({ code: "not_found", messageKey: "errors.post_not_found" });
      await expect(verify(w, w.staff, 1, { brandId: w.otherBrand.id })).rejects.toMatchObject({ code: "not_found", messageKey: "errors.post_not_found" });
      await expect(verify(w, w.otherStaff, 1)).rejects.toMatchObject({ code: "forbidden", messageKey: "verification.errors.cannot_verify" });
      await expect(verify(w, w.member, 1)).rejects.toMatchObject({ code: "forbidden", messageKey: "verification.errors.cannot_verify" });
      await expect(verify(w, w.answerer, 1)).rejects.toMatchObject({ code: "forbidden", messageKey: "verification.errors.cannot_verify" });
      await expect(verify(w, null, 1)).rejects.toMatchObject({ code: "unauthenticated" });
      expect(await rowsOf(tx, w.answerId)).toEqual([]);
      expect(await auditOf(tx, w.answerId)).toEqual([{ action: "answer.post", actorId: w.answerer.id }]);
    });
  });

  it("refuses the question post, a deleted answer and an unknown post", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(verify(w, w.staff, 1, { postId: w.questionPostId })).rejects.toMatchObject({
        code: "forbidden",
        messageKey: "verification.errors.not_an_answer",
      });
      await expect(verify(w, w.staff, 1, { postId: 2_000_000_000 })).rejects.toMatchObject({ code: "not_found", messageKey: "errors.post_not_found" });
      await deletePost({ ctx: await ctxAt(w, w.answerer, 0.5), input: { postId: w.answerId } });
      await expect(verify(w, w.staff, 1)).rejects.toMatchObject({ code: "forbidden", messageKey: "verification.errors.deleted" });
      expect(await tx.$count(answerVerifications, eq(answerVerifications.questionId, w.questionId))).toBe(0);
    });
  });

  it("refuses a 100 KB note and a long product with clear keys, writing nothing", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(verify(w, w.staff, 1, { note: "x".repeat(100 * 1024) })).rejects.toMatchObject({
        code: "validation",
        fieldErrors: { note: ["validation.verification_note_too_long"] },
      });
      await expect(verify(w, w.staff, 1, { note: "x".repeat(501) })).rejects.toMatchObject({
        fieldErrors: { note: ["validation.verification_note_too_long"] },
      });
      await expect(verify(w, w.staff, 1, { appliesTo: "v".repeat(101) })).rejects.toMatchObject({
        fieldErrors: { appliesTo: ["validation.verification_applies_to_too_long"] },
      });
      await expect(verify(w, w.staff, 1, { postId: "abc" })).rejects.toMatchObject({ code: "validation" });
      await expect(verify(w, w.staff, 1, { brandId: "not-a-uuid" })).rejects.toMatchObject({ code: "validation" });
      expect(await rowsOf(tx, w.answerId)).toEqual([]);
      await verify(w, w.staff, 1, { note: "n".repeat(500), appliesTo: "p".repeat(100) });
      expect(await rowsOf(tx, w.answerId)).toHaveLength(1);
    });
  });
});

describe("withdrawVerification", () => {
  it("marks the verification withdrawn with who, when and why, keeps the row, and audits it; the answer can be verified again", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await verify(w, w.staff, 1);
      await withdraw(w, w.admin, 2, { reason: "  Wrong   for the new plan.  " });
      expect(await rowsOf(tx, w.answerId)).toEqual([
        expect.objectContaining({ withdrawnAt: at(2), withdrawnById: w.admin.id, withdrawReason: "Wrong for the new plan.", verifiedById: w.staff.id }),
      ]);
      expect((await auditOf(tx, w.answerId)).map((a) => a.action)).toEqual(["answer.post", "answer.verify", "answer.verification_withdraw"]);
      await verify(w, w.staff, 3);
      const rows = await rowsOf(tx, w.answerId);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toMatchObject({ verifiedAt: at(3), withdrawnAt: null });
    });
  });

  it("refuses withdrawing what was never verified, or twice, writing nothing", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(withdraw(w, w.staff, 1)).rejects.toMatchObject({ code: "conflict", messageKey: "verification.errors.not_verified" });
      await verify(w, w.staff, 1);
      await withdraw(w, w.staff, 2);
      await expect(withdraw(w, w.staff, 3)).rejects.toMatchObject({ code: "conflict", messageKey: "verification.errors.not_verified" });
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ withdrawnAt: at(2) })]);
      expect((await auditOf(tx, w.answerId)).filter((a) => a.action === "answer.verification_withdraw")).toHaveLength(1);
    });
  });

  it("requires a reason of 3 to 300 characters, and the brand's staff", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await verify(w, w.staff, 1);
      await expect(withdraw(w, w.staff, 2, { reason: "  " })).rejects.toMatchObject({ fieldErrors: { reason: ["validation.withdraw_reason_too_short"] } });
      await expect(withdraw(w, w.staff, 2, { reason: undefined })).rejects.toMatchObject({ fieldErrors: { reason: ["validation.withdraw_reason_too_short"] } });
      await expect(withdraw(w, w.staff, 2, { reason: "r".repeat(301) })).rejects.toMatchObject({
        fieldErrors: { reason: ["validation.withdraw_reason_too_long"] },
      });
      await expect(withdraw(w, w.otherStaff, 2)).rejects.toMatchObject({ code: "forbidden" });
      await expect(withdraw(w, w.otherStaff, 2, { brandId: w.otherBrand.id })).rejects.toMatchObject({ code: "not_found" });
      await expect(withdraw(w, w.member, 2)).rejects.toMatchObject({ code: "forbidden" });
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ withdrawnAt: null })]);
    });
  });

  it("can still withdraw after the answer was deleted", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await verify(w, w.staff, 1);
      await deletePost({ ctx: await ctxAt(w, w.answerer, 1.5), input: { postId: w.answerId } });
      await withdraw(w, w.staff, 2);
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ withdrawnAt: at(2) })]);
    });
  });
});

describe("edits and expiry", () => {
  it("an edit of the answer's text puts its verification under review; verifying again clears it", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await verify(w, w.staff, 1);
      // Saving the same text changes nothing the brand vouched for.
      await editPost({ ctx: await ctxAt(w, w.answerer, 1.5), input: { postId: w.answerId, body: (await postRow(tx, w.answerId)).body } });
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ reviewSince: null })]);
      await editPost({ ctx: await ctxAt(w, w.answerer, 2), input: { postId: w.answerId, body: "Now with a different, untested step." } });
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ reviewSince: at(2) })]);
      // A second edit keeps the first moment it went under review.
      await editPost({ ctx: await ctxAt(w, w.answerer, 3), input: { postId: w.answerId, body: "And another change." } });
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ reviewSince: at(2) })]);
      await verify(w, w.staff, 4);
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ reviewSince: null, verifiedAt: at(4), expiresAt: at(34) })]);
    });
  });

  it("a new brand validity re-dates the live verifications from when each was verified", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx, null);
      await verify(w, w.staff, 1);
      const brandInput = { brandId: w.brand.id, name: w.brand.name, color: w.brand.color, defaultLocale: "es" };
      await updateBrand({ ctx: await ctxAt(w, w.admin, 2), input: { ...brandInput, verificationTtlDays: "10" } });
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ expiresAt: at(11) })]);
      // Leaving the field out keeps the setting.
      await updateBrand({ ctx: await ctxAt(w, w.admin, 2), input: brandInput });
      expect((await tx.select().from(brands).where(eq(brands.id, w.brand.id)))[0]?.verificationTtlDays).toBe(10);
      await updateBrand({ ctx: await ctxAt(w, w.admin, 3), input: { ...brandInput, verificationTtlDays: "" } });
      expect(await rowsOf(tx, w.answerId)).toEqual([expect.objectContaining({ expiresAt: null })]);
      await expect(updateBrand({ ctx: await ctxAt(w, w.admin, 3), input: { ...brandInput, verificationTtlDays: "0" } })).rejects.toMatchObject({
        fieldErrors: { verificationTtlDays: ["validation.verification_ttl_invalid"] },
      });
      await expect(updateBrand({ ctx: await ctxAt(w, w.admin, 3), input: { ...brandInput, verificationTtlDays: "1.5" } })).rejects.toMatchObject({
        fieldErrors: { verificationTtlDays: ["validation.verification_ttl_invalid"] },
      });
      await expect(updateBrand({ ctx: await ctxAt(w, w.admin, 3), input: { ...brandInput, verificationTtlDays: "soon" } })).rejects.toMatchObject({
        fieldErrors: { verificationTtlDays: ["validation.verification_ttl_invalid"] },
      });
    });
  });
});

describe("reputation", () => {
  const ledgerOf = (db: Executor, w: World) =>
    db
      .select({
        reason: reputationEvents.reason,
        amount: reputationEvents.amount,
        postId: reputationEvents.postId,
        reverses: reputationEvents.reversesId,
        actorId: reputationEvents.actorId,
      })
      .from(reputationEvents)
      .where(and(eq(reputationEvents.userId, w.answerer.id), eq(reputationEvents.reason, "answer_verified")))
      .orderBy(reputationEvents.id);
  const totalOf = async (db: Executor, w: World) =>
    (
      await db
        .select({ total: reputationTotals.total })
        .from(reputationTotals)
        .where(and(eq(reputationTotals.userId, w.answerer.id), eq(reputationTotals.brandId, w.brand.id)))
    )[0]?.total;

  it("a verification grants the answerer reputation once, a renewal grants nothing more, a withdrawal reverses it", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx, 30);
      const amount = REPUTATION_RULES.answer_verified.amount;
      const start = (await totalOf(tx, w)) ?? 1;
      await verify(w, w.staff, 1);
      expect(await ledgerOf(tx, w)).toEqual([{ reason: "answer_verified", amount, postId: w.answerId, reverses: null, actorId: w.staff.id }]);
      expect(await totalOf(tx, w)).toBe(start + amount);
      await verify(w, w.staff, 40);
      expect(await ledgerOf(tx, w)).toHaveLength(1);
      await withdraw(w, w.staff, 41);
      const ledger = await ledgerOf(tx, w);
      expect(ledger).toHaveLength(2);
      expect(ledger[1]).toMatchObject({ amount: -amount, postId: w.answerId, reverses: expect.any(Number) });
      expect(await totalOf(tx, w)).toBe(start);
    });
  });

  it("staff verifying their own answer earn no reputation from it, and withdrawing it reverses nothing", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const own = await answerAs(tx, w.staff, w.questionId, { now: () => at(0.2) });
      await verify(w, w.staff, 1, { postId: own });
      await withdraw(w, w.staff, 2, { postId: own });
      expect(await tx.$count(reputationEvents, and(eq(reputationEvents.userId, w.staff.id), eq(reputationEvents.reason, "answer_verified")))).toBe(0);
      expect(await rowsOf(tx, own)).toEqual([expect.objectContaining({ verifiedById: w.staff.id, withdrawnAt: at(2) })]);
    });
  });

  it("a refused verification or withdrawal moves no reputation", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      await expect(verify(w, w.otherStaff, 1)).rejects.toMatchObject({ code: "forbidden" });
      await expect(withdraw(w, w.staff, 1)).rejects.toMatchObject({ code: "conflict" });
      expect(await ledgerOf(tx, w)).toEqual([]);
    });
  });
});
