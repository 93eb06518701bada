"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MarkdownEditor } from "@/components/markdown/markdown-editor";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";
import { Link } from "@/lib/i18n/navigation";

type Props = { action: FormAction; postId: number; isQuestion: boolean; title: string; body: string; tags: string; cancelHref: string };

export function EditPostForm({ action, postId, isQuestion, title, body, tags, cancelHref }: Props) {
  const t = useTranslations("edit");
  const ta = useTranslations("ask");
  const [state, formAction] = useActionState(action, IDLE);
  const v = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="postId" value={postId} />
      {isQuestion ? <Field label={ta("titleLabel")} name="title" defaultValue={v?.title ?? title} hint={ta("titleHint")} errors={e.title} /> : null}
      <MarkdownEditor name="body" label={ta("bodyLabel")} hint={ta("bodyHint")} defaultValue={v?.body ?? body} errors={e.body} rows={12} />
      {isQuestion ? <Field label={ta("tagsLabel")} name="tags" defaultValue={v?.tags ?? tags} hint={ta("tagsHint")} errors={e.tags} /> : null}
      <Field label={t("reasonLabel")} name="reason" defaultValue={v?.reason ?? ""} hint={t("reasonHint")} errors={e.reason} maxLength={200} />
      <div className="flex items-center gap-3">
        <SubmitButton>{t("save")}</SubmitButton>
        <Link href={cancelHref} className={buttonStyles.link}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
