"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SectorSelect } from "@/components/brands/sector-select";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { LocaleSelect } from "@/components/ui/locale-select";
import { Panel } from "@/components/ui/panel";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { Brand } from "@/db/schema";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";
import { TTL_DAYS_MAX } from "@/lib/verifications/schemas";

export function BrandDetailsForm({ brand, action }: { brand: Brand; action: FormAction }) {
  const t = useTranslations("settings");
  const tv = useTranslations("verification");
  const [state, formAction] = useActionState(action, IDLE);
  // After a failed save the form shows what was typed; otherwise what is stored.
  const v = state.status === "error" && state.values ? state.values : null;
  const e = state.fieldErrors ?? {};
  return (
    <Panel title={t("detailsHeading")} id="details-heading">
      <form action={formAction} className="space-y-4" noValidate>
        <FormAlert state={state} />
        <input type="hidden" name="brandId" value={brand.id} />
        <Field label={t("name")} name="name" required defaultValue={v?.name ?? brand.name} errors={e.name} />
        <Textarea label={t("descriptionEs")} name="descriptionEs" defaultValue={v?.descriptionEs ?? brand.description.es ?? ""} errors={e.descriptionEs} />
        <Textarea label={t("descriptionEn")} name="descriptionEn" defaultValue={v?.descriptionEn ?? brand.description.en ?? ""} errors={e.descriptionEn} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("color")} name="color" defaultValue={v?.color ?? brand.color} hint={t("colorHint")} errors={e.color} />
          <SectorSelect defaultValue={v?.sector ?? brand.sector ?? ""} errors={e.sector} />
        </div>
        <Field label={t("logoUrl")} name="logoUrl" type="url" defaultValue={v?.logoUrl ?? brand.logoUrl ?? ""} hint={t("logoUrlHint")} errors={e.logoUrl} />
        <LocaleSelect label={t("defaultLocale")} name="defaultLocale" defaultValue={v?.defaultLocale ?? brand.defaultLocale} />
        <Field
          label={tv("ttlLabel")}
          name="verificationTtlDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={TTL_DAYS_MAX}
          defaultValue={v?.verificationTtlDays ?? brand.verificationTtlDays ?? ""}
          hint={tv("ttlHint")}
          errors={e.verificationTtlDays}
        />
        <SubmitButton>{t("save")}</SubmitButton>
      </form>
    </Panel>
  );
}
