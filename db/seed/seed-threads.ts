import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { acceptAnswer } from "../../lib/answers/accept-answer";
import { postAnswer } from "../../lib/answers/post-answer";
import { loadViewer } from "../../lib/auth/load-viewer";
import { hashPassword } from "../../lib/auth/password";
import { addComment } from "../../lib/comments/add-comment";
import type { Ctx } from "../../lib/context";
import type { Viewer } from "../../lib/permissions/viewer";
import { askQuestion } from "../../lib/questions/ask";
import { castVote } from "../../lib/votes/cast-vote";
import type { Db, Tx } from "../client";
import { brands, categories, posts, questions, users } from "../schema";
import { DEMO_PASSWORD } from "./demo-accounts";
import { withDemoPrivileges } from "./demo-privileges";
import { THREADS as BANCO_AUSTRAL } from "./demo-threads/banco-austral";
import { DEMO_MEMBERS } from "./demo-threads/members";
import { THREADS as RAPIDITO } from "./demo-threads/rapidito";
import { THREADS as TELVIA } from "./demo-threads/telvia";
import type { DemoComment, DemoThread } from "./demo-threads/types";

export const DEMO_THREADS: { brand: string; threads: DemoThread[] }[] = [
  { brand: "telvia", threads: TELVIA },
  { brand: "banco-austral", threads: BANCO_AUSTRAL },
  { brand: "rapidito", threads: RAPIDITO },
];

export type SeedThreadsResult = { threads: number; answers: number; comments: number; votes: number };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// mulberry32: a tiny seeded PRNG, so the same content always gets the same voters, minutes and views.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hashString(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}

function handleOf(email: string): string {
  return email.split("@")[0]!.replace(/\./g, "-");
}

type Step = { at: number; seq: number; run: (tx: Tx) => Promise<unknown> };

/**
 * Inserts the demo community members and replays every demo thread through the real verbs
 * (ask, answer, comment, vote, accept), with timestamps spread over the last ~90 days before `now`.
 */
export async function seedDemoThreads(db: Db, options: { now: Date; passwordHash?: string }): Promise<SeedThreadsResult> {
  const now = options.now.getTime();
  const latest = now - 2 * 60_000;
  const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));

  await db
    .insert(users)
    .values(
      DEMO_MEMBERS.map((m) => ({
        email: m.email,
        name: m.name,
        handle: handleOf(m.email),
        locale: m.locale,
        passwordHash,
        createdAt: new Date(now - 120 * DAY),
      })),
    )
    .onConflictDoNothing();
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_MEMBERS.map((m) => m.email),
      ),
    );
  const memberIds = DEMO_MEMBERS.map((m) => {
    const row = rows.find((r) => r.email === m.email);
    if (!row) throw new Error(`demo member ${m.email} missing`);
    return row.id;
  });
  const viewers = new Map<string, Viewer>();
  for (const id of memberIds) viewers.set(id, await withDemoPrivileges(db, await loadViewer(db, id)));
  const ctxAt = (tx: Tx, member: number, at: number): Ctx => {
    const viewer = viewers.get(memberIds[member]!);
    if (!viewer) throw new Error(`no demo member at index ${member}`);
    return { viewer, db: tx, now: () => new Date(at) };
  };

  const totals: SeedThreadsResult = { threads: 0, answers: 0, comments: 0, votes: 0 };

  for (const { brand: brandSlug, threads } of DEMO_THREADS) {
    const [brand] = await db
      .select({ id: brands.id })
      .from(brands)
      .where(and(eq(brands.slug, brandSlug), isNull(brands.deletedAt)));
    if (!brand) throw new Error(`demo brand ${brandSlug} missing`);
    const cats = await db
      .select({ id: categories.id, slug: categories.slug })
      .from(categories)
      .where(and(eq(categories.brandId, brand.id), isNull(categories.deletedAt)));
    const categoryId = (slug: string) => {
      const found = cats.find((c) => c.slug === slug);
      if (!found) throw new Error(`demo category ${brandSlug}/${slug} missing`);
      return found.id;
    };

    for (const [index, thread] of threads.entries()) {
      const random = prng(hashString(`${brandSlug}#${index}`));
      const steps: Step[] = [];
      let seq = 0;
      const step = (at: number, run: (tx: Tx) => Promise<unknown>) => steps.push({ at: Math.min(at, latest), seq: seq++, run });

      // Voters: distinct members drawn deterministically, never the post's author.
      const castVotes = (postId: () => number, author: number, net: number | undefined, from: number) => {
        if (!net) return;
        const pool = DEMO_MEMBERS.map((_, i) => i).filter((i) => i !== author);
        for (let i = pool.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [pool[i], pool[j]] = [pool[j]!, pool[i]!];
        }
        const count = Math.min(Math.abs(net), pool.length);
        const spread = Math.max(HOUR / 4, Math.min(18 * HOUR, (latest - from) / (count + 1)));
        for (let k = 0; k < count; k++) {
          const voter = pool[k]!;
          const at = from + (k + 1) * spread * (0.6 + random() * 0.8);
          step(at, async (tx) => {
            await castVote({ ctx: ctxAt(tx, voter, Math.min(at, latest)), input: { postId: postId(), value: net > 0 ? 1 : -1 } });
            totals.votes++;
          });
        }
      };
      const addComments = (postId: () => number, list: DemoComment[] | undefined, from: number, gapHours: number) => {
        for (const [i, c] of (list ?? []).entries()) {
          const at = from + (c.hoursLater ?? (i + 1) * gapHours) * HOUR + random() * 10 * 60_000;
          step(at, async (tx) => {
            await addComment({ ctx: ctxAt(tx, c.author, Math.min(at, latest)), input: { postId: postId(), body: c.body } });
            totals.comments++;
          });
        }
      };

      const askedAt = now - thread.askedDaysAgo * DAY - Math.floor(random() * 50) * 60_000;
      let questionId = 0;
      let questionPostId = 0;
      step(askedAt, async (tx) => {
        const asked = await askQuestion({
          ctx: ctxAt(tx, thread.author, Math.min(askedAt, latest)),
          input: {
            brandId: brand.id,
            title: thread.title,
            body: thread.body,
            tags: thread.tags,
            categoryId: categoryId(thread.category),
            locale: thread.locale,
          },
        });
        questionId = asked.id;
        const [post] = await tx
          .select({ id: posts.id })
          .from(posts)
          .where(and(eq(posts.questionId, asked.id), eq(posts.kind, "question")));
        questionPostId = post!.id;
        totals.threads++;
      });
      addComments(() => questionPostId, thread.comments, askedAt, 0.75);
      castVotes(() => questionPostId, thread.author, thread.votes, askedAt + HOUR);

      const answerIds: number[] = [];
      for (const [a, answer] of thread.answers.entries()) {
        const answeredAt = askedAt + answer.hoursLater * HOUR + Math.floor(random() * 20) * 60_000;
        step(answeredAt, async (tx) => {
          const posted = await postAnswer({ ctx: ctxAt(tx, answer.author, Math.min(answeredAt, latest)), input: { questionId, body: answer.body } });
          answerIds[a] = posted.id;
          totals.answers++;
        });
        addComments(() => answerIds[a]!, answer.comments, answeredAt, 1);
        castVotes(() => answerIds[a]!, answer.author, answer.votes, answeredAt + HOUR / 2);
        if (answer.accepted) {
          const lastComment = Math.max(0, ...(answer.comments ?? []).map((c, i) => c.hoursLater ?? i + 1));
          const acceptedAt = answeredAt + (Math.max(1.5, lastComment + 0.5) + random()) * HOUR;
          step(acceptedAt, (tx) => acceptAnswer({ ctx: ctxAt(tx, thread.author, Math.min(acceptedAt, latest)), input: { postId: answerIds[a]! } }));
        }
      }

      // Chronological order keeps last activity, first answer and notifications true to the story.
      steps.sort((x, y) => x.at - y.at || x.seq - y.seq);
      const views = thread.views ?? plausibleViews(thread, random);
      // One transaction per thread: each verb runs in it as a savepoint, and a thread is seeded whole or not at all.
      // Demo data can be re-created, so its commits need not wait for the disk.
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local synchronous_commit = off`);
        for (const s of steps) await s.run(tx);
        await tx.update(questions).set({ viewCount: views }).where(eq(questions.id, questionId));
      });
    }
  }
  return totals;
}

function plausibleViews(thread: DemoThread, random: () => number): number {
  const votes = Math.max(0, thread.votes ?? 0) + thread.answers.reduce((sum, a) => sum + Math.max(0, a.votes ?? 0), 0);
  const age = Math.min(thread.askedDaysAgo, 90);
  return Math.round(8 + age * 1.5 + thread.answers.length * 14 + votes * 9 + random() * 40);
}
