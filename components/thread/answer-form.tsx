"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MarkdownEditor } from "@/components/markdown/markdown-editor";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";

export function AnswerForm({ questionId, idempotencyKey, action }: { questionId: number; idempotencyKey: string; action: FormAction }) {
  const t = useTranslations("thread");
  const [state, formAction] = useActionState(action, IDLE);
  const kept = state.status === "error" ? state.values?.body : "";
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <MarkdownEditor
        key={state.status === "ok" ? idempotencyKey : "draft"}
        name="body"
        label={t("yourAnswer")}
        hint={t("answerHint")}
        defaultValue={kept ?? ""}
        errors={state.fieldErrors?.body}
      />
      <SubmitButton>{t("postAnswer")}</SubmitButton>
    </form>
  );
}
