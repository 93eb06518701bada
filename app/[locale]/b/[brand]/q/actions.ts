"use server";

import { getLocale } from "next-intl/server";
import { action } from "@/lib/actions/action";
import { acceptAnswer } from "@/lib/answers/accept-answer";
import { postAnswer } from "@/lib/answers/post-answer";
import { addComment } from "@/lib/comments/add-comment";
import { redirect } from "@/lib/i18n/navigation";
import { deletePost } from "@/lib/posts/delete-post";
import { editPost } from "@/lib/posts/edit-post";
import { restorePost } from "@/lib/posts/restore-post";
import { AnswerInput, AskInput, CommentInput, EditInput, PostIdInput, QuestionIdInput, VoteInput } from "@/lib/posts/schemas";
import { askQuestion } from "@/lib/questions/ask";
import { threadPath } from "@/lib/questions/paths";
import { toggleFollow } from "@/lib/questions/toggle-follow";
import { VerifyInput, WithdrawVerificationInput } from "@/lib/verifications/schemas";
import { verifyAnswer } from "@/lib/verifications/verify-answer";
import { withdrawVerification } from "@/lib/verifications/withdraw-verification";
import { castVote } from "@/lib/votes/cast-vote";

export const askAction = action(AskInput, async (input, ctx) => {
  const q = await askQuestion({ ctx, input });
  redirect({ href: threadPath(q.brandSlug, q.id, q.slug), locale: await getLocale() });
});

export const answerAction = action(AnswerInput, (input, ctx) => postAnswer({ ctx, input }), { success: "thread.answerPosted" });

export const commentAction = action(CommentInput, (input, ctx) => addComment({ ctx, input }), { success: "thread.commentPosted" });

export const voteAction = action(VoteInput, (input, ctx) => castVote({ ctx, input }));

export const acceptAction = action(PostIdInput, (input, ctx) => acceptAnswer({ ctx, input }));

export const deleteAction = action(PostIdInput, (input, ctx) => deletePost({ ctx, input }));

export const restoreAction = action(PostIdInput, (input, ctx) => restorePost({ ctx, input }));

export const followAction = action(QuestionIdInput, (input, ctx) => toggleFollow({ ctx, input }));

export const editAction = action(EditInput, async (input, ctx) => {
  const edited = await editPost({ ctx, input });
  redirect({ href: `${threadPath(edited.brandSlug, edited.questionId, edited.slug)}#post-${edited.postId}`, locale: await getLocale() });
});

export const verifyAction = action(VerifyInput, (input, ctx) => verifyAnswer({ ctx, input }), { success: "verification.verified" });

export const withdrawVerificationAction = action(WithdrawVerificationInput, (input, ctx) => withdrawVerification({ ctx, input }), {
  success: "verification.withdrawn",
});
