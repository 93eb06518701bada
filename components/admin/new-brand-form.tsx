"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SectorSelect } from "@/components/brands/sector-select";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { LocaleSelect } from "@/components/ui/locale-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";

export function NewBrandForm({ action }: { action: FormAction }) {
  const t = useTranslations("settings");
  const ta = useTranslations("admin");
  const [state, formAction] = useActionState(action, IDLE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("name")} name="name" required defaultValue={v.name} errors={e.name} />
        <Field label={t("slug")} name="slug" required defaultValue={v.slug} hint={t("slugHint", { slug: v.slug || "…" })} errors={e.slug} />
      </div>
      <Textarea label={t("descriptionEs")} name="descriptionEs" defaultValue={v.descriptionEs} errors={e.descriptionEs} />
      <Textarea label={t("descriptionEn")} name="descriptionEn" defaultValue={v.descriptionEn} errors={e.descriptionEn} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("color")} name="color" defaultValue={v.color ?? "#2563eb"} hint={t("colorHint")} errors={e.color} />
        <SectorSelect defaultValue={v.sector} errors={e.sector} />
      </div>
      <Field label={t("logoUrl")} name="logoUrl" type="url" defaultValue={v.logoUrl} hint={t("logoUrlHint")} errors={e.logoUrl} />
      <LocaleSelect label={t("defaultLocale")} name="defaultLocale" defaultValue={v.defaultLocale ?? "es"} />
      <Field label={ta("adminEmail")} name="adminEmail" type="email" required defaultValue={v.adminEmail} errors={e.adminEmail} />
      <SubmitButton>{ta("create")}</SubmitButton>
    </form>
  );
}
