"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";
import { WITHDRAW_REASON_MAX } from "@/lib/verifications/schemas";

export function WithdrawVerificationForm({ brandId, postId, action }: { brandId: string; postId: number; action: FormAction }) {
  const t = useTranslations("verification");
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <details className="group open:basis-full" open={state.status === "error" || undefined}>
      <summary className="inline-flex cursor-pointer items-center gap-1 rounded px-1.5 py-0.5 text-xs text-muted hover:bg-gray-100 hover:text-ink">
        {t("withdraw")}
      </summary>
      <form action={formAction} className="mt-2 space-y-3 rounded-md border border-line bg-gray-50 p-3" noValidate>
        <FormAlert state={state} />
        <input type="hidden" name="brandId" value={brandId} />
        <input type="hidden" name="postId" value={postId} />
        <Field
          id={`withdraw-${postId}-reason`}
          label={t("reasonLabel")}
          name="reason"
          required
          maxLength={WITHDRAW_REASON_MAX}
          hint={t("reasonHint")}
          defaultValue={state.status === "error" ? state.values?.reason : ""}
          errors={state.fieldErrors?.reason}
        />
        <SubmitButton variant="danger">{t("submitWithdraw")}</SubmitButton>
      </form>
    </details>
  );
}
