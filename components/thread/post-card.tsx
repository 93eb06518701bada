import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Markdown } from "@/components/markdown/markdown";
import type { FormAction } from "@/lib/actions/form-action";
import { Link } from "@/lib/i18n/navigation";
import { CommentForm } from "./comment-form";
import { CommentList } from "./comment-list";
import { SimpleActionButton } from "./simple-action-button";
import { VoteButtons } from "./vote-buttons";

type PostView = {
  id: number;
  kind: "question" | "answer";
  body: string;
  score: number;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  revisionCount: number;
  authorName: string | null;
  authorHandle: string;
};

export type PostPermissions = { vote: boolean; comment: boolean; edit: boolean; remove: boolean; restore: boolean };
export type PostActions = { vote: FormAction; comment: FormAction; remove: FormAction; restore: FormAction };

type Props = {
  post: PostView;
  brandSlug: string;
  myVote: number;
  can: PostPermissions;
  actions: PostActions;
  comments: { id: number; body: string; createdAt: Date; authorName: string | null; authorHandle: string }[];
  badge?: ReactNode;
  footer?: ReactNode;
  accepted?: boolean;
  signInHref?: string;
};

export async function PostCard({ post, brandSlug, myVote, can, actions, comments, badge, footer, accepted, signInHref }: Props) {
  const t = await getTranslations("thread");
  const format = await getFormatter();
  const edited = post.revisionCount > 1;
  return (
    <article
      id={`post-${post.id}`}
      aria-label={post.kind === "question" ? undefined : t("answeredBy", { name: post.authorName ?? post.authorHandle })}
      className={`grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2 rounded-lg border bg-white p-4 sm:gap-x-4 ${accepted ? "border-accepted/60 ring-1 ring-accepted/30" : "border-line"} ${post.deletedAt ? "bg-red-50/40" : ""}`}
    >
      <VoteButtons postId={post.id} score={post.score} myVote={myVote} canVote={can.vote} action={actions.vote} signInHref={signInHref} />
      <div className="min-w-0">
        {badge}
        {post.deletedAt ? (
          <p role="note" className="mb-2 rounded border border-red-200 bg-red-50 px-2 py-1 text-xs text-danger">
            {t("deletedNotice")}
          </p>
        ) : null}
        <Markdown source={post.body} />
        {footer}
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
          <div className="flex flex-wrap items-center gap-1">
            {can.edit ? (
              <Link href={`/b/${brandSlug}/posts/${post.id}/edit`} className="rounded px-1.5 py-0.5 text-xs text-muted hover:bg-gray-100 hover:text-ink">
                {t("edit")}
              </Link>
            ) : null}
            {edited ? (
              <Link href={`/b/${brandSlug}/posts/${post.id}/revisions`} className="rounded px-1.5 py-0.5 text-xs text-muted hover:bg-gray-100 hover:text-ink">
                {t("edited", { date: format.dateTime(post.updatedAt, { dateStyle: "medium" }) })}
              </Link>
            ) : null}
            {can.remove ? (
              <SimpleActionButton action={actions.remove} fields={{ postId: post.id }}>
                {t("delete")}
              </SimpleActionButton>
            ) : null}
            {can.restore ? (
              <SimpleActionButton action={actions.restore} fields={{ postId: post.id }}>
                {t("restore")}
              </SimpleActionButton>
            ) : null}
          </div>
          <p className="rounded bg-gray-50 px-2 py-1 text-xs text-muted">
            {t(post.kind === "question" ? "askedBy" : "answeredBy", { name: post.authorName ?? post.authorHandle })} ·{" "}
            <time dateTime={post.createdAt.toISOString()}>{format.dateTime(post.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
          </p>
        </div>
        <CommentList comments={comments} />
        {can.comment ? <CommentForm postId={post.id} action={actions.comment} /> : null}
      </div>
    </article>
  );
}
