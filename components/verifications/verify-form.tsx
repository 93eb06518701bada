"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";
import { APPLIES_TO_MAX, NOTE_MAX } from "@/lib/verifications/schemas";

type Props = {
  brandId: string;
  postId: number;
  brandName: string;
  again?: boolean;
  defaults?: { note: string | null; appliesTo: string | null };
  action: FormAction;
};

// A disclosure, so staff see one quiet button per answer until they mean to verify.
export function VerifyForm({ brandId, postId, brandName, again, defaults, action }: Props) {
  const t = useTranslations("verification");
  const [state, formAction] = useActionState(action, IDLE);
  const v = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  const id = `verify-${postId}`;
  return (
    <details className="group open:basis-full" open={state.status === "error" || undefined}>
      <summary className="inline-flex cursor-pointer items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium text-[var(--brand)] hover:bg-gray-100">
        {again ? t("verifyAgain") : t("verify")}
      </summary>
      <form action={formAction} className="mt-2 space-y-3 rounded-md border border-line bg-gray-50 p-3" noValidate>
        <p className="text-xs text-muted">{t("verifyHint", { brand: brandName })}</p>
        <FormAlert state={state} />
        <input type="hidden" name="brandId" value={brandId} />
        <input type="hidden" name="postId" value={postId} />
        <Textarea
          id={`${id}-note`}
          label={t("noteLabel")}
          name="note"
          rows={2}
          maxLength={NOTE_MAX}
          defaultValue={v?.note ?? defaults?.note ?? ""}
          errors={e.note}
          aria-describedby={`${id}-note-hint`}
        />
        <p id={`${id}-note-hint`} className="-mt-2 text-xs text-muted">
          {t("noteHint")}
        </p>
        <Field
          id={`${id}-applies`}
          label={t("appliesToLabel")}
          name="appliesTo"
          maxLength={APPLIES_TO_MAX}
          hint={t("appliesToHint")}
          defaultValue={v?.appliesTo ?? defaults?.appliesTo ?? ""}
          errors={e.appliesTo}
        />
        <SubmitButton variant="secondary">{t("submitVerify")}</SubmitButton>
      </form>
    </details>
  );
}
