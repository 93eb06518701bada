import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor, Tx } from "../../db/client";
import { answerVerifications, posts, questions, type User } from "../../db/schema";
import { Guardian } from "../permissions/guardian";
import { listQuestions } from "../questions/list-questions";
import { loadThread } from "../questions/load-thread";
import { isQuestionSolved, questionSolved } from "../questions/solved";
import { giveBrandRole, makeBrand, makeUser, viewerOf } from "../testing/factories";
import { insertAnswers, insertQuestion } from "../testing/qa";
import { inRollback, ownTestDb } from "../testing/test-db";
import { isVerificationInForce, verificationStateOf } from "./in-force";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

async function makeWorld(tx: Tx) {
  const brand = await makeBrand(tx, { verificationTtlDays: 30 });
  const [asker, staff, a1, a2, a3] = await Promise.all(Array.from({ length: 5 }, () => makeUser(tx)));
  await giveBrandRole(tx, brand, staff!, "staff");
  const thread = async (answerCount: number, createdAt = daysAgo(60)) => {
    const { question } = await insertQuestion(tx, { brand, author: asker!, createdAt });
    const answers = await insertAnswers(
      tx,
      question.id,
      Array.from({ length: answerCount }, (_v, i) => ({ author: [a1, a2, a3][i % 3]!, score: 10 - i * 3, createdAt: daysAgo(59 - i) })),
    );
    return { question, answers };
  };
  return { tx, brand, asker: asker!, staff: staff!, thread };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

// Straight inserts: the states a verification can be in, without going through time.
async function addVerification(
  w: World,
  answer: { id: number; questionId: number },
  state: "verified" | "under_review" | "expired" | "withdrawn",
  note?: string,
) {
  const verifiedAt = daysAgo(state === "expired" ? 40 : 5);
  await w.tx.insert(answerVerifications).values({
    postId: answer.id,
    questionId: answer.questionId,
    brandId: w.brand.id,
    verifiedById: w.staff.id,
    note: note ?? null,
    appliesTo: "Router TV-R300",
    verifiedAt,
    expiresAt: new Date(verifiedAt.getTime() + 30 * 86_400_000),
    reviewSince: state === "under_review" ? daysAgo(1) : null,
    withdrawnAt: state === "withdrawn" ? daysAgo(2) : null,
    withdrawnById: state === "withdrawn" ? w.staff.id : null,
    withdrawReason: state === "withdrawn" ? "Wrong" : null,
  });
}

const solvedIds = async (db: Executor, brandId: string) =>
  (
    await db
      .select({ id: questions.id })
      .from(questions)
      .where(sql`${questions.brandId} = ${brandId} and ${questionSolved(NOW)}`)
  )
    .map((r) => r.id)
    .sort((a, b) => a - b);

describe("the state of a verification", () => {
  const base = { withdrawnAt: null, reviewSince: null, expiresAt: null };
  it("is in force only when not withdrawn, not under review and not expired", () => {
    expect(verificationStateOf(base, NOW)).toBe("verified");
    expect(verificationStateOf({ ...base, expiresAt: daysAgo(-1) }, NOW)).toBe("verified");
    expect(verificationStateOf({ ...base, expiresAt: NOW }, NOW)).toBe("expired");
    expect(verificationStateOf({ ...base, reviewSince: daysAgo(1), expiresAt: daysAgo(2) }, NOW)).toBe("under_review");
    expect(verificationStateOf({ ...base, withdrawnAt: daysAgo(1), reviewSince: daysAgo(2) }, NOW)).toBe("withdrawn");
    expect(isVerificationInForce(base, NOW)).toBe(true);
    expect(isVerificationInForce(null, NOW)).toBe(false);
  });
});

describe("solved: an accepted answer or a live answer with a verification in force", () => {
  it("the SQL and the TS definitions agree on every case", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const plain = await w.thread(1);
      const accepted = await w.thread(1);
      await tx.update(questions).set({ acceptedAnswerId: accepted.answers[0]!.id }).where(eq(questions.id, accepted.question.id));
      const verified = await w.thread(1);
      await addVerification(w, verified.answers[0]!, "verified");
      const underReview = await w.thread(1);
      await addVerification(w, underReview.answers[0]!, "under_review");
      const expired = await w.thread(1);
      await addVerification(w, expired.answers[0]!, "expired");
      const withdrawn = await w.thread(1);
      await addVerification(w, withdrawn.answers[0]!, "withdrawn");
      const deletedAnswer = await w.thread(1);
      await addVerification(w, deletedAnswer.answers[0]!, "verified");
      await tx
        .update(posts)
        .set({ deletedAt: daysAgo(1) })
        .where(eq(posts.id, deletedAnswer.answers[0]!.id));

      expect(await solvedIds(tx, w.brand.id)).toEqual([accepted.question.id, verified.question.id].sort((a, b) => a - b));
      const guardian = new Guardian(await viewerOf(tx, null));
      for (const t of [plain, accepted, verified, underReview, expired, withdrawn, deletedAnswer]) {
        const loaded = await loadThread(tx, guardian, t.question.id, { now: NOW });
        const inForce = loaded!.answers.filter((a) => a.verification?.state === "verified").length;
        expect(loaded!.solved, `thread ${t.question.id}`).toBe(isQuestionSolved(loaded!.question, inForce));
      }
    });
  });

  it("lists: 'unanswered' leaves out verified questions, the status filter splits solved from not solved, rows say verified", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const plain = await w.thread(0, daysAgo(1));
      const verified = await w.thread(1, daysAgo(2));
      await tx.update(posts).set({ score: 0 }).where(eq(posts.id, verified.answers[0]!.id));
      await addVerification(w, verified.answers[0]!, "verified");
      const expired = await w.thread(1, daysAgo(3));
      await tx.update(posts).set({ score: 0 }).where(eq(posts.id, expired.answers[0]!.id));
      await addVerification(w, expired.answers[0]!, "expired");
      const accepted = await w.thread(1, daysAgo(4));
      await tx.update(questions).set({ acceptedAnswerId: accepted.answers[0]!.id }).where(eq(questions.id, accepted.question.id));

      const list = (f: Partial<Parameters<typeof listQuestions>[1]>) => listQuestions(tx, { brandId: w.brand.id, sort: "newest", now: NOW, ...f });
      const ids = (page: { items: { id: number }[] }) => page.items.map((i) => i.id);
      expect(ids(await list({ sort: "unanswered" }))).toEqual([plain.question.id, expired.question.id]);
      expect(ids(await list({ status: "solved" }))).toEqual([verified.question.id, accepted.question.id]);
      expect((await list({ status: "solved" })).total).toBe(2);
      expect(ids(await list({ status: "unsolved" }))).toEqual([plain.question.id, expired.question.id]);
      const rows = (await list({})).items;
      expect(rows.map((r) => [r.id, r.accepted, r.verified])).toEqual([
        [plain.question.id, false, false],
        [verified.question.id, false, true],
        [expired.question.id, false, false],
        [accepted.question.id, true, false],
      ]);
    });
  });
});

describe("the thread with verifications", () => {
  it("orders verified answers in force first, then the accepted one, then by score; each carries its verification", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      // Scores 10, 7, 4, 1, -2: the verified and accepted answers are the low ones.
      const { question, answers } = await w.thread(5);
      const [top, reviewed, accepted, verified, lowest] = answers as [
        (typeof answers)[0],
        (typeof answers)[0],
        (typeof answers)[0],
        (typeof answers)[0],
        (typeof answers)[0],
      ];
      await tx.update(questions).set({ acceptedAnswerId: accepted.id }).where(eq(questions.id, question.id));
      await addVerification(w, verified, "verified", "Confirmed by the network team.");
      await addVerification(w, lowest, "verified");
      await addVerification(w, reviewed, "under_review");
      const thread = await loadThread(tx, new Guardian(await viewerOf(tx, null)), question.id, { now: NOW });
      expect(thread!.answers.map((a) => a.id)).toEqual([verified.id, lowest.id, accepted.id, top.id, reviewed.id]);
      expect(thread!.solved).toBe(true);
      expect(thread!.answers[0]!.verification).toMatchObject({
        state: "verified",
        note: "Confirmed by the network team.",
        appliesTo: "Router TV-R300",
        verifierName: w.staff.name,
        verifiedAt: daysAgo(5),
      });
      expect(thread!.answers.find((a) => a.id === reviewed.id)!.verification?.state).toBe("under_review");
      expect(thread!.answers.find((a) => a.id === top.id)!.verification).toBeNull();
      // By date, verification and acceptance change nothing.
      const byDate = await loadThread(tx, new Guardian(await viewerOf(tx, null)), question.id, { now: NOW, order: "date" });
      expect(byDate!.answers.map((a) => a.id)).toEqual(answers.map((a) => a.id));
    });
  });

  it("an expired verification no longer sorts first, and its answer shows it expired", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const { question, answers } = await w.thread(2);
      await addVerification(w, answers[1]!, "expired");
      const thread = await loadThread(tx, new Guardian(await viewerOf(tx, null)), question.id, { now: NOW });
      expect(thread!.answers.map((a) => [a.id, a.verification?.state ?? null])).toEqual([
        [answers[0]!.id, null],
        [answers[1]!.id, "expired"],
      ]);
      expect(thread!.solved).toBe(false);
    });
  });

  describe("query count", () => {
    const counter = { n: 0 };
    const counting = ownTestDb({ max: 2, logger: { logQuery: () => void counter.n++ } });
    it("stays the same with verifications as without", async () => {
      await inRollback(async (tx) => {
        const w = await makeWorld(tx);
        const bare = await w.thread(3);
        const verified = await w.thread(3);
        for (const [i, a] of verified.answers.entries()) await addVerification(w, a, (["verified", "under_review", "expired"] as const)[i]!);
        const count = async (user: User | null, id: number) => {
          const guardian = new Guardian(await viewerOf(tx, user));
          counter.n = 0;
          await loadThread(tx, guardian, id, { now: NOW });
          return counter.n;
        };
        for (const user of [null, w.staff]) expect(await count(user, verified.question.id)).toBe(await count(user, bare.question.id));
      }, counting);
    });
  });
});
