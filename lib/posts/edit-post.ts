import "server-only";
import { eq, sql } from "drizzle-orm";
import { posts, questions, revisions } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { type Ctx, guardianOf, nowOf, withTransaction } from "../context";
import { ValidationError } from "../errors";
import { attachTags, detachTags } from "../questions/attach-tags";
import { missingTags } from "../questions/missing-tags";
import { indexLater } from "../search/index-later";
import { parseInput } from "../validation/parse-input";
import { flagVerificationForReview } from "../verifications/flag-for-review";
import { loadPost } from "./load-post";
import { recordThreadEvent } from "./record-thread-event";
import { EditInput } from "./schemas";
import { slugify } from "./slugify";

// Every edit adds a revision with the full text, so any two versions can be compared later.
export async function editPost({ ctx, input }: { ctx: Ctx; input: unknown }) {
  const guardian = guardianOf(ctx);
  const actor = guardian.ensureSignedIn();
  const data = parseInput(EditInput, input);
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await loadPost(tx, data.postId, { lock: true });
    guardian.ensureCanEditPost(found?.brand, found?.question, found?.post);
    const { brand, question, post } = found!;
    const isQuestion = post.kind === "question";
    if (isQuestion && (!data.title || !data.tags)) {
      throw new ValidationError({ ...(data.title ? {} : { title: ["validation.required"] }), ...(data.tags ? {} : { tags: ["validation.tags_required"] }) });
    }
    if (isQuestion && data.tags) guardian.ensureCanCreateTags(brand, await missingTags(tx, brand.id, data.tags));
    const number = post.revisionCount + 1;
    await tx.insert(revisions).values({
      postId: post.id,
      number,
      authorId: actor.id,
      title: isQuestion ? data.title : null,
      body: data.body,
      tags: isQuestion ? data.tags : null,
      reason: data.reason || null,
      createdAt: now,
    });
    await tx
      .update(posts)
      .set({ body: data.body, revisionCount: sql`${posts.revisionCount} + 1`, updatedAt: now })
      .where(eq(posts.id, post.id));
    if (!isQuestion && data.body !== post.body) await flagVerificationForReview(tx, post.id, now);
    let oldTags: string[] = [];
    if (isQuestion && data.title && data.tags) {
      await tx
        .update(questions)
        .set({ title: data.title, slug: slugify(data.title) || question.slug, updatedAt: now, lastActivityAt: now })
        .where(eq(questions.id, question.id));
      oldTags = await detachTags(tx, question.id);
      await attachTags(tx, brand.id, question.id, data.tags);
    } else {
      await tx.update(questions).set({ lastActivityAt: now }).where(eq(questions.id, question.id));
    }
    await recordThreadEvent(tx, { questionId: question.id, brandId: brand.id, type: "edited", actorId: actor.id, postId: post.id, at: now });
    await indexLater(tx, question.id);
    await recordAudit(tx, {
      actorId: actor.id,
      brandId: brand.id,
      action: "post.edit",
      subjectType: "post",
      subjectId: String(post.id),
      before: { revision: post.revisionCount, title: isQuestion ? question.title : undefined, tags: isQuestion ? oldTags : undefined },
      after: { revision: number, title: data.title, tags: data.tags, reason: data.reason },
    });
    const slug = isQuestion && data.title ? slugify(data.title) || question.slug : question.slug;
    return { postId: post.id, questionId: question.id, revision: number, brandSlug: brand.slug, slug };
  });
}
