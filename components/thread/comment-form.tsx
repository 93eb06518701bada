"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldErrors, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";

export function CommentForm({ postId, action }: { postId: number; action: FormAction }) {
  const t = useTranslations("thread");
  const [state, formAction] = useActionState(action, IDLE);
  const id = `comment-${postId}`;
  return (
    <details className="mt-2" open={state.status === "error"}>
      <summary className="cursor-pointer text-xs text-muted hover:text-ink">{t("addComment")}</summary>
      <form action={formAction} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="postId" value={postId} />
        <label htmlFor={id} className="sr-only">
          {t("commentLabel")}
        </label>
        <textarea
          id={id}
          name="body"
          rows={2}
          maxLength={600}
          className={inputClass}
          defaultValue={state.status === "error" ? state.values?.body : ""}
          aria-describedby={`${id}-hint`}
          aria-invalid={state.fieldErrors?.body ? true : undefined}
        />
        <p id={`${id}-hint`} className="text-xs text-muted">
          {t("commentHint")}
        </p>
        <FieldErrors
          id={`${id}-error`}
          errors={state.fieldErrors?.body ?? (state.status === "error" && !state.fieldErrors?.body ? [state.message ?? ""] : undefined)}
        />
        <SubmitButton variant="secondary">{t("postComment")}</SubmitButton>
      </form>
    </details>
  );
}
