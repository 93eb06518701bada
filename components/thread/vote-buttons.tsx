"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";
import { Link } from "@/lib/i18n/navigation";

type Props = { postId: number; score: number; myVote: number; canVote: boolean; action: FormAction; signInHref?: string };

function Arrow({ up }: { up: boolean }) {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
      <path d={up ? "M12 5l8 10H4z" : "M12 19L4 9h16z"} />
    </svg>
  );
}

const ROUND = "grid size-8 place-items-center rounded-full border transition";

function Score({ score, label }: { score: number; label: string }) {
  return (
    <span className="text-base font-semibold tabular-nums">
      <span aria-hidden>{score}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

// Pressing the arrow already chosen withdraws the vote; works as a plain form without JavaScript.
export function VoteButtons({ postId, score, myVote, canVote, action, signInHref }: Props) {
  const t = useTranslations("thread");
  const [state, formAction, pending] = useActionState(action, IDLE);
  // Visitors see live arrows that lead to sign-in, rather than dead greyed-out ones.
  if (signInHref) {
    const arrow = (up: boolean) => (
      <Link
        href={signInHref}
        title={t("signInToVote")}
        aria-label={`${t(up ? "upvote" : "downvote")} — ${t("signInToVote")}`}
        className={`${ROUND} border-line bg-white text-gray-500 hover:border-gray-400 hover:text-ink`}
      >
        <Arrow up={up} />
      </Link>
    );
    return (
      <div className="flex flex-col items-center gap-1">
        {arrow(true)}
        <Score score={score} label={t("score", { score })} />
        {arrow(false)}
      </div>
    );
  }
  const button = (up: boolean) => {
    const pressed = myVote === (up ? 1 : -1);
    return (
      <button
        type="submit"
        name="value"
        value={pressed ? 0 : up ? 1 : -1}
        // Not `disabled` while the vote is on its way: a disabled button drops keyboard focus to the page.
        disabled={!canVote}
        aria-disabled={pending || undefined}
        onClick={(event) => {
          if (pending) event.preventDefault();
        }}
        aria-pressed={pressed}
        aria-label={pressed ? t("withdrawVote") : t(up ? "upvote" : "downvote")}
        title={pressed ? t("withdrawVote") : t(up ? "upvote" : "downvote")}
        className={`${ROUND} ${pressed ? "border-[var(--brand)] bg-[var(--brand)] text-white" : "border-line bg-white text-gray-500 hover:border-gray-400 hover:text-ink"} disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:opacity-50`}
      >
        <Arrow up={up} />
      </button>
    );
  };
  return (
    <form action={formAction} className="flex flex-col items-center gap-1">
      <input type="hidden" name="postId" value={postId} />
      {button(true)}
      <Score score={score} label={t("score", { score })} />
      {button(false)}
      {state.status === "error" ? (
        <span role="alert" className="w-20 text-center text-xs text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
