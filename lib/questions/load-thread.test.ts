import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor, Tx } from "../../db/client";
import { type Brand, comments, follows, questions, type User, votes } from "../../db/schema";
import { Guardian } from "../permissions/guardian";
import { giveBrandRole, makeBrand, makeUser, viewerOf } from "../testing/factories";
import { insertAnswers, insertQuestion } from "../testing/qa";
import { inRollback, ownTestDb } from "../testing/test-db";
import { ANSWERS_PER_PAGE, loadThread } from "./load-thread";

const T0 = new Date("2026-03-02T10:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function makeWorld(tx: Tx) {
  const brand = await makeBrand(tx);
  const [asker, viewer, staff, ...authors] = await Promise.all(Array.from({ length: 7 }, () => makeUser(tx)));
  await giveBrandRole(tx, brand, staff!, "staff");
  return { tx, brand, asker: asker!, viewer: viewer!, staff: staff!, authors: authors as User[] };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

const guardianOf = async (db: Executor, user: User | null) => new Guardian(await viewerOf(db, user));

// A thread of the given size, with the viewer's votes on some posts and comments spread over every post.
async function buildThread(w: World, brand: Brand, answerCount: number, commentCount: number) {
  const { question, questionPost } = await insertQuestion(w.tx, { brand, author: w.asker, createdAt: T0, tags: ["router", "wifi"] });
  const answers = await insertAnswers(
    w.tx,
    question.id,
    Array.from({ length: answerCount }, (_v, i) => ({ author: w.authors[i % w.authors.length]!, score: i % 7, createdAt: at(i + 1) })),
  );
  const postIds = [questionPost.id, ...answers.map((a) => a.id)];
  if (commentCount > 0) {
    await w.tx.insert(comments).values(
      Array.from({ length: commentCount }, (_v, i) => ({
        postId: postIds[i % postIds.length]!,
        questionId: question.id,
        authorId: w.authors[i % w.authors.length]!.id,
        body: `Comment ${i}`,
        createdAt: at(100 + i),
      })),
    );
  }
  await w.tx.insert(votes).values(answers.slice(0, 3).map((a, i) => ({ postId: a.id, userId: w.viewer.id, value: i === 1 ? -1 : 1 })));
  await w.tx.insert(follows).values({ questionId: question.id, userId: w.viewer.id });
  return { question, questionPost, answers };
}

describe("loadThread issues a fixed number of queries", () => {
  const counter = { n: 0 };
  const counting = ownTestDb({ max: 2, logger: { logQuery: () => void counter.n++ } });

  async function queriesFor(tx: Tx, user: User | null, questionId: number) {
    const guardian = await guardianOf(tx, user);
    counter.n = 0;
    const thread = await loadThread(tx, guardian, questionId);
    return { n: counter.n, thread };
  }

  it("the same for 3 answers as for 50 answers with 200 comments, and at most 8", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const small = await buildThread(w, w.brand, 3, 2);
      const big = await buildThread(w, await makeBrand(tx), 50, 200);
      for (const user of [w.viewer, null, w.staff]) {
        const a = await queriesFor(tx, user, small.question.id);
        const b = await queriesFor(tx, user, big.question.id);
        expect(a.thread?.answers).toHaveLength(3);
        expect(b.thread?.answers).toHaveLength(ANSWERS_PER_PAGE);
        expect(b.thread?.totalAnswers).toBe(50);
        expect([...(b.thread?.commentsByPost.values() ?? [])].flat().length).toBeGreaterThan(100);
        expect(b.n).toBe(a.n);
        expect(b.n).toBeLessThanOrEqual(8);
        expect(b.n).toBeGreaterThan(0);
      }
    }, counting);
  });
});

describe("loadThread contents", () => {
  it("orders answers accepted first, then by score, then oldest first; 'date' is chronological", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const { question } = await insertQuestion(tx, { brand: w.brand, author: w.asker, createdAt: T0 });
      const [low, highOld, highNew, acceptedLow, negative] = await insertAnswers(tx, question.id, [
        { author: w.authors[0]!, score: 1, createdAt: at(1) },
        { author: w.authors[1]!, score: 10, createdAt: at(2) },
        { author: w.authors[2]!, score: 10, createdAt: at(3) },
        { author: w.authors[3]!, score: 0, createdAt: at(4) },
        { author: w.authors[0]!, score: -3, createdAt: at(5) },
      ]);
      await tx.update(questions).set({ acceptedAnswerId: acceptedLow!.id }).where(eq(questions.id, question.id));
      const guardian = await guardianOf(tx, w.viewer);
      const byVotes = await loadThread(tx, guardian, question.id);
      expect(byVotes?.order).toBe("votes");
      expect(byVotes?.answers.map((a) => a.id)).toEqual([acceptedLow!.id, highOld!.id, highNew!.id, low!.id, negative!.id]);
      const byDate = await loadThread(tx, guardian, question.id, { order: "date" });
      expect(byDate?.answers.map((a) => a.id)).toEqual([low!.id, highOld!.id, highNew!.id, acceptedLow!.id, negative!.id]);
    });
  });

  it(`pages answers ${ANSWERS_PER_PAGE} at a time, each exactly once`, async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const total = ANSWERS_PER_PAGE + 5;
      const { question, answers } = await buildThread(w, w.brand, total, 0);
      const guardian = await guardianOf(tx, null);
      for (const order of ["votes", "date"] as const) {
        const p1 = await loadThread(tx, guardian, question.id, { order, page: 1 });
        const p2 = await loadThread(tx, guardian, question.id, { order, page: 2 });
        const p3 = await loadThread(tx, guardian, question.id, { order, page: 3 });
        expect(p1?.answers).toHaveLength(ANSWERS_PER_PAGE);
        expect(p2?.answers).toHaveLength(5);
        expect(p3?.answers).toEqual([]);
        expect(p1).toMatchObject({ totalAnswers: total, pages: 2, page: 1 });
        const seen = [...(p1?.answers ?? []), ...(p2?.answers ?? [])].map((a) => a.id);
        expect(new Set(seen).size).toBe(total);
        expect([...seen].sort((a, b) => a - b)).toEqual(answers.map((a) => a.id).sort((a, b) => a - b));
      }
      expect((await loadThread(tx, guardian, question.id, { page: 0 }))?.page).toBe(1);
      expect((await loadThread(tx, guardian, question.id, { page: -4 }))?.answers).toHaveLength(ANSWERS_PER_PAGE);
    });
  });

  it("hides deleted answers from members and visitors, and shows them to staff and to their own author", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const { question } = await insertQuestion(tx, { brand: w.brand, author: w.asker, createdAt: T0 });
      const author = w.authors[0]!;
      const [live, gone] = await insertAnswers(tx, question.id, [
        { author: w.authors[1]!, createdAt: at(1) },
        { author, createdAt: at(2), deletedAt: at(3) },
      ]);
      const idsFor = async (user: User | null) => {
        const thread = await loadThread(tx, await guardianOf(tx, user), question.id, { order: "date" });
        return { ids: thread?.answers.map((a) => a.id), total: thread?.totalAnswers };
      };
      for (const user of [null, w.viewer, w.asker]) expect(await idsFor(user)).toEqual({ ids: [live!.id], total: 1 });
      expect(await idsFor(author)).toEqual({ ids: [live!.id, gone!.id], total: 2 });
      expect(await idsFor(w.staff)).toEqual({ ids: [live!.id, gone!.id], total: 2 });
    });
  });

  it("groups comments by post in time order, without deleted ones", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const { question, questionPost } = await insertQuestion(tx, { brand: w.brand, author: w.asker, createdAt: T0 });
      const [a1, a2] = await insertAnswers(tx, question.id, [
        { author: w.authors[0]!, createdAt: at(1) },
        { author: w.authors[1]!, createdAt: at(2) },
      ]);
      const add = (postId: number, body: string, minutes: number, deletedAt: Date | null = null) =>
        tx
          .insert(comments)
          .values({ postId, questionId: question.id, authorId: w.viewer.id, body, createdAt: at(minutes), deletedAt })
          .returning()
          .then((r) => r[0]!);
      await add(a1!.id, "second on a1", 20);
      await add(questionPost.id, "on the question", 10);
      await add(a1!.id, "first on a1", 15);
      await add(a1!.id, "deleted on a1", 16, at(17));
      const thread = await loadThread(tx, await guardianOf(tx, w.viewer), question.id);
      const bodies = (postId: number) => thread?.commentsByPost.get(postId)?.map((c) => c.body);
      expect(bodies(questionPost.id)).toEqual(["on the question"]);
      expect(bodies(a1!.id)).toEqual(["first on a1", "second on a1"]);
      expect(bodies(a2!.id)).toBeUndefined();
      expect(thread?.commentsByPost.get(a1!.id)?.[0]).toMatchObject({ authorId: w.viewer.id, authorHandle: w.viewer.handle });
    });
  });

  it("reports the viewer's own votes and follow, and nobody else's", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const { question, questionPost, answers } = await buildThread(w, w.brand, 4, 0);
      await tx.insert(votes).values([
        { postId: questionPost.id, userId: w.viewer.id, value: -1 },
        { postId: answers[3]!.id, userId: w.staff.id, value: 1 },
      ]);
      const mine = await loadThread(tx, await guardianOf(tx, w.viewer), question.id);
      expect(Object.fromEntries(mine?.voteByPost ?? [])).toEqual({
        [questionPost.id]: -1,
        [answers[0]!.id]: 1,
        [answers[1]!.id]: -1,
        [answers[2]!.id]: 1,
      });
      expect(mine?.following).toBe(true);
      const staff = await loadThread(tx, await guardianOf(tx, w.staff), question.id);
      expect(Object.fromEntries(staff?.voteByPost ?? [])).toEqual({ [answers[3]!.id]: 1 });
      expect(staff?.following).toBe(false);
      const visitor = await loadThread(tx, await guardianOf(tx, null), question.id);
      expect(visitor?.voteByPost.size).toBe(0);
      expect(visitor?.following).toBe(false);
      expect(visitor?.tags).toEqual(["router", "wifi"]);
    });
  });

  it("returns null for a question that does not exist or lives in a deleted brand", async () => {
    await inRollback(async (tx) => {
      const w = await makeWorld(tx);
      const gone = await makeBrand(tx, { deletedAt: T0 });
      const { question } = await insertQuestion(tx, { brand: gone, author: w.asker });
      expect(await loadThread(tx, await guardianOf(tx, w.viewer), 2_000_000_000)).toBeNull();
      expect(await loadThread(tx, await guardianOf(tx, w.staff), question.id)).toBeNull();
    });
  });
});
