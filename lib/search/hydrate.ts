import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { brands, questions } from "../../db/schema";
import type { Guardian } from "../permissions/guardian";
import type { SearchHit } from "./backend";

export type HydratedHit = SearchHit & {
  question: { id: number; title: string; slug: string; locale: "es" | "en"; score: number; answerCount: number; accepted: boolean; createdAt: Date };
  brand: { id: string; slug: string; name: string; color: string };
};

// A backend's ids read back from PostgreSQL and shown only when the guardian lets this viewer see them
// (a deleted question or brand stays hidden unless the viewer may see it), in the backend's order.
export async function hydrateSearchHits(db: Executor, guardian: Guardian, hits: readonly SearchHit[]): Promise<HydratedHit[]> {
  if (hits.length === 0) return [];
  const rows = await db
    .select({ question: questions, brand: brands })
    .from(questions)
    .innerJoin(brands, eq(brands.id, questions.brandId))
    .where(
      inArray(
        questions.id,
        hits.map((h) => h.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.question.id, r]));
  return hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    if (!row || !guardian.canSeeQuestion(row.brand, row.question)) return [];
    const { question: q, brand: b } = row;
    return [
      {
        ...hit,
        question: {
          id: q.id,
          title: q.title,
          slug: q.slug,
          locale: q.locale,
          score: q.score,
          answerCount: q.answerCount,
          accepted: q.acceptedAnswerId != null,
          createdAt: q.createdAt,
        },
        brand: { id: b.id, slug: b.slug, name: b.name, color: b.color },
      },
    ];
  });
}

// similar() answers ids only; the same check, for the ask form's suggestions.
export async function hydrateQuestionIds(db: Executor, guardian: Guardian, ids: readonly number[]): Promise<HydratedHit[]> {
  return hydrateSearchHits(
    db,
    guardian,
    ids.map((id) => ({ id, titleHighlight: "", snippet: "" })),
  );
}
