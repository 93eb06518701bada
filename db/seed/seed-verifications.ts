import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { loadViewer } from "../../lib/auth/load-viewer";
import type { Ctx } from "../../lib/context";
import { editPost } from "../../lib/posts/edit-post";
import { verifyAnswer } from "../../lib/verifications/verify-answer";
import type { Db, Tx } from "../client";
import { brands, posts, questions, users } from "../schema";

export const DEMO_VERIFICATION_TTL_DAYS = 365;

const HOUR = 3_600_000;

// Telvia's staff account verifies Telvia; it holds no role elsewhere, so the site admin verifies the other demo brands.
const VERIFIERS: Record<string, string> = {
  telvia: "staff@peerdesk.test",
  "banco-austral": "admin@peerdesk.test",
  rapidito: "admin@peerdesk.test",
};

const APPLIES_TO: Record<string, string> = {
  telvia: "Router TV-R300 · Fibra 600 Mb",
  "banco-austral": "App Banco Austral 5.x",
  rapidito: "App Rapidito 3.x",
};

const NOTES = {
  es: (brand: string) => `Lo confirmamos con el equipo de ${brand}: estos pasos son los correctos.`,
  en: (brand: string) => `Confirmed with the ${brand} team: these are the right steps.`,
};

type Candidate = {
  postId: number;
  authorId: string;
  body: string;
  answeredAt: Date;
  locale: "es" | "en";
  questionId: number;
  accepted: boolean;
  hasAccepted: boolean;
};

// Four answers per brand: an accepted one, one beside another's accepted answer, one in a thread nobody accepted, and one edited since (under review).
function pick(candidates: Candidate[]): { verify: Candidate[]; editAfter: Candidate | null } {
  const byThread = new Map<number, Candidate[]>();
  for (const c of candidates) byThread.set(c.questionId, [...(byThread.get(c.questionId) ?? []), c]);
  const threads = [...byThread.values()];
  const acceptedThreads = threads.filter((t) => t[0]!.hasAccepted);
  const openThreads = threads.filter((t) => !t[0]!.hasAccepted);
  const chosen: Candidate[] = [];
  const acceptedAnswer = acceptedThreads[0]?.find((c) => c.accepted);
  const besideAccepted = acceptedThreads
    .slice(1)
    .find((t) => t.some((c) => !c.accepted))
    ?.find((c) => !c.accepted);
  const unaccepted = openThreads[0]?.[0];
  const edited = openThreads[1]?.[0] ?? null;
  for (const c of [acceptedAnswer, besideAccepted, unaccepted, edited]) if (c) chosen.push(c);
  return { verify: chosen, editAfter: edited };
}

/** Gives the demo brands a validity, and verifies a few answers per brand through the real verb. */
export async function seedDemoVerifications(db: Db, options: { now: Date }): Promise<{ verified: number; underReview: number }> {
  const now = options.now.getTime();
  const slugs = Object.keys(VERIFIERS);
  await db.update(brands).set({ verificationTtlDays: DEMO_VERIFICATION_TTL_DAYS }).where(inArray(brands.slug, slugs));
  const totals = { verified: 0, underReview: 0 };
  for (const slug of slugs) {
    const [brand] = await db
      .select({ id: brands.id, name: brands.name })
      .from(brands)
      .where(and(eq(brands.slug, slug), isNull(brands.deletedAt)));
    const [verifier] = await db.select({ id: users.id }).from(users).where(eq(users.email, VERIFIERS[slug]!));
    if (!brand || !verifier) continue;
    const rows = await db
      .select({
        postId: posts.id,
        authorId: posts.authorId,
        body: posts.body,
        answeredAt: posts.createdAt,
        locale: questions.locale,
        questionId: questions.id,
        acceptedAnswerId: questions.acceptedAnswerId,
      })
      .from(posts)
      .innerJoin(questions, eq(questions.id, posts.questionId))
      .where(and(eq(questions.brandId, brand.id), eq(posts.kind, "answer"), isNull(posts.deletedAt), isNull(questions.deletedAt)))
      .orderBy(asc(questions.createdAt), desc(posts.score), asc(posts.id));
    const candidates = rows.map((r) => ({ ...r, accepted: r.acceptedAnswerId === r.postId, hasAccepted: r.acceptedAnswerId !== null }));
    const { verify, editAfter } = pick(candidates);
    const staffViewer = await loadViewer(db, verifier.id);
    await db.transaction(async (tx: Tx) => {
      for (const c of verify) {
        const verifiedAt = Math.min(now - 2 * HOUR, c.answeredAt.getTime() + 26 * HOUR);
        const ctx: Ctx = { viewer: staffViewer, db: tx, now: () => new Date(verifiedAt) };
        await verifyAnswer({ ctx, input: { brandId: brand.id, postId: c.postId, note: NOTES[c.locale](brand.name), appliesTo: APPLIES_TO[slug] } });
        totals.verified++;
        if (c !== editAfter) continue;
        // The answerer adds a line after the verification, so the brand's queue has something to review.
        const editedAt = Math.min(now - HOUR, verifiedAt + 20 * HOUR);
        const author: Ctx = { viewer: await loadViewer(tx, c.authorId), db: tx, now: () => new Date(editedAt) };
        const addition =
          c.locale === "es" ? "Actualización: en mi caso también hizo falta reiniciar la app." : "Update: in my case I also had to restart the app.";
        await editPost({
          ctx: author,
          input: { postId: c.postId, body: `${c.body}\n\n${addition}`, reason: c.locale === "es" ? "Añado un paso" : "Adds a step" },
        });
        totals.underReview++;
      }
    });
  }
  return totals;
}
