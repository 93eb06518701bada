"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { LocaleSelect } from "@/components/ui/locale-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export function SignUpForm({ action, callbackUrl, locale }: { action: FormAction; callbackUrl?: string; locale: Locale }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, IDLE);
  const v = state.values ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field label={t("name")} name="name" autoComplete="name" required defaultValue={v.name} errors={state.fieldErrors?.name} />
      <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={v.email} errors={state.fieldErrors?.email} />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        errors={state.fieldErrors?.password}
      />
      <LocaleSelect label={t("locale")} name="locale" defaultValue={v.locale ?? locale} />
      <SubmitButton>{t("submitSignUp")}</SubmitButton>
      <p className="text-sm text-muted">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-[var(--brand)] hover:underline">
          {t("submitSignIn")}
        </Link>
      </p>
    </form>
  );
}
