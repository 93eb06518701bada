import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import type { Locale } from "../i18n/locales";
import { verificationInForce } from "../verifications/in-force";
import { publicAnswersOf } from "./public-answers";

export type ProfileStats = { answers: number; accepted: number; verified: number; languages: Locale[]; medianFirstAnswerSeconds: number | null };

// One round trip for the profile's counts; an answer is "first" when no other helper answered that question earlier.
export async function profileStats(db: Executor, userId: string): Promise<ProfileStats> {
  const answers = publicAnswersOf(userId);
  const [row] = (await db.execute(sql`
    select
      (select count(*) from ${answers})::int as answers,
      (select count(*) from ${answers} and questions.accepted_answer_id = posts.id and questions.author_id <> posts.author_id)::int as accepted,
      (select count(*) from ${answers} and exists (select 1 from answer_verifications where answer_verifications.post_id = posts.id and ${verificationInForce()}))::int as verified,
      (select coalesce(array_agg(distinct questions.locale::text order by questions.locale::text), '{}') from ${answers}) as languages,
      (select percentile_cont(0.5) within group (order by extract(epoch from posts.created_at - questions.created_at))
        from ${answers} and questions.author_id <> posts.author_id
        and not exists (
          select 1 from posts earlier
          where earlier.question_id = posts.question_id and earlier.kind = 'answer' and earlier.deleted_at is null
            and earlier.author_id <> questions.author_id and (earlier.created_at, earlier.id) < (posts.created_at, posts.id)
        )) as median_seconds`)) as unknown as {
    answers: number;
    accepted: number;
    verified: number;
    languages: Locale[];
    median_seconds: number | null;
  }[];
  return {
    answers: row!.answers,
    accepted: row!.accepted,
    verified: row!.verified,
    languages: row!.languages,
    medianFirstAnswerSeconds: row!.median_seconds === null ? null : Number(row!.median_seconds),
  };
}
