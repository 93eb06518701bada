import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { categories, posts, questions, revisions } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { evaluateBadgesLater } from "../badges/evaluate-later";
import { findBrandById } from "../brands/find-brand";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { ValidationError } from "../errors";
import { recordThreadEvent } from "../posts/record-thread-event";
import { AskInput } from "../posts/schemas";
import { slugify } from "../posts/slugify";
import { indexLater } from "../search/index-later";
import { parseInput } from "../validation/parse-input";
import { attachTags } from "./attach-tags";
import { findByIdempotencyKey, lockIdempotencyKey } from "./find-by-idempotency-key";
import { followQuestionAs } from "./follow-question-as";
import { missingTags } from "./missing-tags";

export async function askQuestion({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(AskInput, input);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const brand = guardian.ensureCanAsk(await findBrandById(tx, data.brandId));
    const key = data.idempotencyKey ? `ask:${brand.id}:${data.idempotencyKey}` : null;
    if (key) {
      await lockIdempotencyKey(tx, actor.id, key);
      const existing = await findByIdempotencyKey(tx, actor.id, key);
      if (existing) return { id: existing.questionId, slug: existing.slug, brandSlug: brand.slug, duplicate: true };
    }
    if (data.categoryId) {
      const [category] = await tx
        .select({ id: categories.id })
        .from(categories)
        .where(and(eq(categories.id, data.categoryId), eq(categories.brandId, brand.id), isNull(categories.deletedAt)));
      if (!category) throw new ValidationError({ categoryId: ["validation.category_invalid"] });
    }
    guardian.ensureCanCreateTags(brand, await missingTags(tx, brand.id, data.tags));
    const slug = slugify(data.title) || "question";
    const [question] = await tx
      .insert(questions)
      .values({
        brandId: brand.id,
        categoryId: data.categoryId ?? null,
        authorId: actor.id,
        title: data.title,
        slug,
        locale: data.locale,
        lastActivityAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!question) throw new Error("insert returned no row");
    const [post] = await tx
      .insert(posts)
      .values({
        questionId: question.id,
        kind: "question",
        authorId: actor.id,
        body: data.body,
        idempotencyKey: key,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: posts.id });
    if (!post) throw new Error("insert returned no row");
    await tx.insert(revisions).values({ postId: post.id, number: 1, authorId: actor.id, title: data.title, body: data.body, tags: data.tags, createdAt: now });
    await attachTags(tx, brand.id, question.id, data.tags);
    await followQuestionAs(tx, question.id, actor.id);
    await recordThreadEvent(tx, { questionId: question.id, brandId: brand.id, type: "asked", actorId: actor.id, postId: post.id, at: now });
    await evaluateBadgesLater(tx, actor.id, brand.id);
    await indexLater(tx, question.id);
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "question.ask",
      subjectType: "question",
      subjectId: String(question.id),
      after: { title: data.title, tags: data.tags },
    });
    return { id: question.id, slug, brandSlug: brand.slug, duplicate: false };
  });
}
