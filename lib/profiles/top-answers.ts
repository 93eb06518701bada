import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { verificationInForce } from "../verifications/in-force";
import { publicAnswersOf } from "./public-answers";

export type TopAnswer = {
  postId: number;
  questionId: number;
  title: string;
  slug: string;
  brandSlug: string;
  brandName: string;
  score: number;
  accepted: boolean;
  verified: boolean;
  createdAt: Date;
};

export async function topAnswers(db: Executor, userId: string, limit = 5): Promise<TopAnswer[]> {
  const rows = (await db.execute(sql`
    select posts.id as post_id, questions.id as question_id, questions.title, questions.slug, brands.slug as brand_slug, brands.name as brand_name,
      posts.score, questions.accepted_answer_id = posts.id as accepted,
      exists (select 1 from answer_verifications where answer_verifications.post_id = posts.id and ${verificationInForce()}) as verified,
      posts.created_at
    from ${publicAnswersOf(userId)}
    order by posts.score desc, posts.created_at desc
    limit ${limit}`)) as unknown as Record<string, unknown>[];
  return rows.map((r) => ({
    postId: Number(r.post_id),
    questionId: Number(r.question_id),
    title: String(r.title),
    slug: String(r.slug),
    brandSlug: String(r.brand_slug),
    brandName: String(r.brand_name),
    score: Number(r.score),
    accepted: r.accepted === true,
    verified: r.verified === true,
    createdAt: new Date(r.created_at as string),
  }));
}
