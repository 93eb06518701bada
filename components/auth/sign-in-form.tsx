"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";
import { Link } from "@/lib/i18n/navigation";

export function SignInForm({ action, callbackUrl }: { action: FormAction; callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton>{t("submitSignIn")}</SubmitButton>
      <p className="text-sm text-muted">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-medium text-[var(--brand)] hover:underline">
          {t("submitSignUp")}
        </Link>
      </p>
    </form>
  );
}
