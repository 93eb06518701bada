import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { TagLink } from "@/components/questions/tag-link";
import { AnswerForm } from "@/components/thread/answer-form";
import { PostCard, type PostPermissions } from "@/components/thread/post-card";
import { RelatedQuestions } from "@/components/thread/related-questions";
import { SimpleActionButton } from "@/components/thread/simple-action-button";
import { ThreadJsonLd } from "@/components/thread/thread-json-ld";
import { buttonStyles } from "@/components/ui/button-styles";
import { AcceptedIcon } from "@/components/ui/icons";
import { VerificationMark } from "@/components/verifications/verification-mark";
import { VerifyForm } from "@/components/verifications/verify-form";
import { WithdrawVerificationForm } from "@/components/verifications/withdraw-verification-form";
import { getDb } from "@/db/client";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { getViewer } from "@/lib/auth/get-viewer";
import { pickLocalized } from "@/lib/i18n/locales";
import { Link, redirect } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { RENDER_HEADER } from "@/lib/page-cache/cacheable-request";
import { Guardian } from "@/lib/permissions/guardian";
import { excerptOf } from "@/lib/posts/excerpt";
import { type AnswerOrder, loadThread, type Thread } from "@/lib/questions/load-thread";
import { threadPath } from "@/lib/questions/paths";
import { recordView } from "@/lib/questions/record-view";
import { relatedQuestions } from "@/lib/questions/related-questions";
import { viewerKeyOf } from "@/lib/questions/viewer-key";
import {
  acceptAction,
  answerAction,
  commentAction,
  deleteAction,
  followAction,
  restoreAction,
  verifyAction,
  voteAction,
  withdrawVerificationAction,
} from "../../actions";

type Props = {
  params: Promise<{ locale: string; brand: string; id: string; slug?: string[] }>;
  searchParams: Promise<{ order?: string; page?: string }>;
};

// Shared by the page and its metadata within one request, so the thread is read once.
const loadVisibleThread = cache(async (brandSlug: string, questionId: number, order: AnswerOrder, page: number) => {
  const guardian = new Guardian(await getViewer());
  const thread = await loadThread(getDb(), guardian, questionId, { order, page });
  if (!thread || thread.brand.slug !== brandSlug.toLowerCase()) notFound();
  return { thread, guardian };
});

async function threadFor(params: Props["params"], searchParams: Props["searchParams"]) {
  const { brand: brandSlug, id } = await params;
  const questionId = Number(id);
  if (!Number.isSafeInteger(questionId) || questionId <= 0) notFound();
  const sp = await searchParams;
  return loadVisibleThread(brandSlug, questionId, sp.order === "date" ? "date" : "votes", Math.max(1, Math.floor(Number(sp.page)) || 1));
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { thread } = await threadFor(params, searchParams);
  const path = threadPath(thread.brand.slug, thread.question.id, thread.question.slug);
  return {
    title: thread.question.title,
    description: excerptOf(thread.questionPost.body, 160),
    alternates: { canonical: `/${locale}${path}`, languages: { es: `/es${path}`, en: `/en${path}`, "x-default": `/${thread.question.locale}${path}` } },
    robots: thread.question.deletedAt ? { index: false } : undefined,
  };
}

function permissionsFor(guardian: Guardian, thread: Thread, post: Thread["questionPost"]): PostPermissions {
  const { brand, question } = thread;
  return {
    vote: guardian.canVote(brand, question, post),
    comment: guardian.canComment(brand, question, post),
    edit: guardian.canEditPost(brand, question, post),
    remove: guardian.canDeletePost(brand, question, post),
    restore: guardian.canRestorePost(brand, question, post),
  };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const { slug } = await params;
  const { thread, guardian } = await threadFor(params, searchParams);
  const { brand, question } = thread;
  if (slug?.[0] !== question.slug) redirect({ href: threadPath(brand.slug, question.id, question.slug), locale });

  const t = await getTranslations("thread");
  const tq = await getTranslations("questions");
  const format = await getFormatter();
  const related = await relatedQuestions(getDb(), question);
  const requestHeaders = await headers();
  const viewerKey = viewerKeyOf(guardian.viewer.id, clientIpFrom(requestHeaders), requestHeaders.get("user-agent"));
  // Counting the view after the response is sent keeps the page as fast as if it were not counted; the page cache counts its own renders.
  if (!requestHeaders.has(RENDER_HEADER)) after(() => recordView(getDb(), question.id, viewerKey, new Date()).catch(() => {}));

  const actions = { vote: voteAction, comment: commentAction, remove: deleteAction, restore: restoreAction };
  const isAsker = guardian.isAuthor(question);
  const base = threadPath(brand.slug, question.id, question.slug);
  const signInHref = guardian.isSignedIn() ? undefined : `/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${base}`)}`;

  return (
    <div style={{ "--brand": brand.color } as React.CSSProperties}>
      <ThreadJsonLd thread={thread} locale={locale} />
      <nav aria-label={t("breadcrumb")} className="mb-2 text-sm text-muted">
        <Link href="/" className="hover:text-ink">
          {t("breadcrumbHome")}
        </Link>{" "}
        /{" "}
        <Link href={`/b/${brand.slug}`} className="hover:text-ink">
          {brand.name}
        </Link>
        {thread.categoryName ? <> / {pickLocalized(thread.categoryName, locale)}</> : null}
      </nav>
      <header className="mb-4 border-b border-line pb-3">
        <h1 lang={question.locale} className="text-xl font-semibold tracking-tight break-words sm:text-2xl">
          {question.title}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
          <span>{tq("askedAt", { date: format.dateTime(question.createdAt, { dateStyle: "medium" }) })}</span>
          <span>{tq("activeAt", { date: format.relativeTime(question.lastActivityAt, new Date()) })}</span>
          <span>{t("views", { count: question.viewCount })}</span>
          {thread.solved ? (
            <span className="inline-flex items-center gap-1 font-medium text-accepted">
              <AcceptedIcon /> {tq("solved")}
            </span>
          ) : null}
          {guardian.canFollow(brand, question) ? (
            <SimpleActionButton action={followAction} fields={{ questionId: question.id }} pressed={thread.following} hint={t("followHint")}>
              {thread.following ? (
                <>
                  <span aria-hidden>✓ </span>
                  {t("unfollow")}
                </>
              ) : (
                t("follow")
              )}
            </SimpleActionButton>
          ) : null}
        </p>
        {question.deletedAt ? (
          <p role="note" className="mt-2 rounded border border-red-200 bg-red-50 px-2 py-1 text-sm text-danger">
            {t("questionDeletedNotice")}
          </p>
        ) : null}
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="min-w-0 space-y-4">
          <div lang={question.locale}>
            <PostCard
              post={thread.questionPost}
              brandSlug={brand.slug}
              myVote={thread.voteByPost.get(thread.questionPost.id) ?? 0}
              can={permissionsFor(guardian, thread, thread.questionPost)}
              actions={actions}
              comments={thread.commentsByPost.get(thread.questionPost.id) ?? []}
              signInHref={signInHref}
              footer={
                <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={tq("filterTag")}>
                  {thread.tags.map((tag) => (
                    <li key={tag}>
                      <TagLink brandSlug={brand.slug} tag={tag} />
                    </li>
                  ))}
                </ul>
              }
            />
          </div>
          <section aria-labelledby="answers-heading" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2 pt-2">
              <h2 id="answers-heading" className="text-lg font-semibold">
                {t("answersHeading", { count: thread.totalAnswers })}
              </h2>
              {thread.totalAnswers > 1 ? (
                <div className="flex gap-1 text-sm">
                  <Link
                    href={base}
                    aria-current={thread.order === "votes" ? "true" : undefined}
                    className="rounded px-2 py-1 aria-[current]:bg-gray-900 aria-[current]:text-white"
                  >
                    {t("orderVotes")}
                  </Link>
                  <Link
                    href={`${base}?order=date`}
                    aria-current={thread.order === "date" ? "true" : undefined}
                    className="rounded px-2 py-1 aria-[current]:bg-gray-900 aria-[current]:text-white"
                  >
                    {t("orderDate")}
                  </Link>
                </div>
              ) : null}
            </div>
            {thread.answers.map((answer) => {
              const accepted = answer.id === question.acceptedAnswerId;
              return (
                <PostCard
                  key={answer.id}
                  post={answer}
                  brandSlug={brand.slug}
                  accepted={accepted}
                  myVote={thread.voteByPost.get(answer.id) ?? 0}
                  can={permissionsFor(guardian, thread, answer)}
                  actions={actions}
                  comments={thread.commentsByPost.get(answer.id) ?? []}
                  signInHref={signInHref}
                  badge={
                    <div className="mb-2 flex flex-wrap items-center gap-2">
                      {answer.verification ? <VerificationMark verification={answer.verification} brandName={brand.name} /> : null}
                      {accepted ? (
                        <span className="inline-flex items-center gap-1 rounded-full bg-green-50 px-2 py-0.5 text-xs font-semibold text-accepted ring-1 ring-green-200">
                          <AcceptedIcon /> {t("accepted")}
                        </span>
                      ) : null}
                      {isAsker && guardian.canAccept(brand, question, answer) ? (
                        <SimpleActionButton action={acceptAction} fields={{ postId: answer.id }} variant="secondary" pressed={accepted}>
                          <AcceptedIcon /> {accepted ? t("unaccept") : t("accept")}
                        </SimpleActionButton>
                      ) : null}
                      {guardian.canVerifyAnswer(brand, question, answer) && answer.verification?.state !== "verified" ? (
                        <VerifyForm
                          brandId={brand.id}
                          postId={answer.id}
                          brandName={brand.name}
                          again={Boolean(answer.verification)}
                          defaults={answer.verification ?? undefined}
                          action={verifyAction}
                        />
                      ) : null}
                      {answer.verification && guardian.canWithdrawVerification(brand, question, answer) ? (
                        <WithdrawVerificationForm brandId={brand.id} postId={answer.id} action={withdrawVerificationAction} />
                      ) : null}
                    </div>
                  }
                />
              );
            })}
            {thread.pages > 1 ? (
              <nav className="flex items-center justify-between text-sm" aria-label={t("page", { page: thread.page, pages: thread.pages })}>
                {thread.page > 1 ? (
                  <Link href={`${base}?order=${thread.order}&page=${thread.page - 1}`} className={buttonStyles.secondary}>
                    {t("previousPage")}
                  </Link>
                ) : (
                  <span />
                )}
                <span className="text-muted">{t("page", { page: thread.page, pages: thread.pages })}</span>
                {thread.page < thread.pages ? (
                  <Link href={`${base}?order=${thread.order}&page=${thread.page + 1}`} className={buttonStyles.secondary}>
                    {t("nextPage")}
                  </Link>
                ) : (
                  <span />
                )}
              </nav>
            ) : null}
          </section>
          <section aria-labelledby="your-answer" className="rounded-lg border border-line bg-white p-4">
            <h2 id="your-answer" className="mb-3 text-base font-semibold">
              {t("yourAnswer")}
            </h2>
            {guardian.canAnswer(brand, question) ? (
              <AnswerForm questionId={question.id} idempotencyKey={randomUUID()} action={answerAction} />
            ) : guardian.isSignedIn() ? null : (
              <Link href={signInHref ?? "/sign-in"} className={buttonStyles.primary}>
                {t("signInToAnswer")}
              </Link>
            )}
          </section>
        </div>
        <aside>
          <RelatedQuestions brandSlug={brand.slug} items={related} />
        </aside>
      </div>
    </div>
  );
}
