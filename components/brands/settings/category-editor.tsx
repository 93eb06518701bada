"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Panel } from "@/components/ui/panel";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Category } from "@/db/schema";
import { IDLE } from "@/lib/actions/action-state";
import type { FormAction } from "@/lib/actions/form-action";
import { type Locale, pickLocalized } from "@/lib/i18n/locales";

type Props = { brandId: string; categories: Category[]; addAction: FormAction; updateAction: FormAction; removeAction: FormAction };

function CategoryRow({
  brandId,
  category,
  updateAction,
  removeAction,
}: { brandId: string; category: Category } & Pick<Props, "updateAction" | "removeAction">) {
  const t = useTranslations("settings");
  const locale = useLocale() as Locale;
  const [state, formAction] = useActionState(updateAction, IDLE);
  const [removeState, removeFormAction] = useActionState(removeAction, IDLE);
  const v = state.status === "error" && state.values ? state.values : null;
  return (
    <li className="py-3">
      <details>
        <summary className="cursor-pointer text-sm font-medium">
          {pickLocalized(category.name, locale)} <span className="font-normal text-muted">/{category.slug}</span>
        </summary>
        <form action={formAction} className="mt-3 space-y-3" noValidate>
          <FormAlert state={state} />
          <input type="hidden" name="brandId" value={brandId} />
          <input type="hidden" name="categoryId" value={category.id} />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field
              id={`cat-${category.id}-es`}
              label={t("categoryNameEs")}
              name="nameEs"
              defaultValue={v?.nameEs ?? category.name.es ?? ""}
              errors={state.fieldErrors?.nameEs}
            />
            <Field
              id={`cat-${category.id}-en`}
              label={t("categoryNameEn")}
              name="nameEn"
              defaultValue={v?.nameEn ?? category.name.en ?? ""}
              errors={state.fieldErrors?.nameEn}
            />
          </div>
          <div className="flex gap-2">
            <SubmitButton variant="secondary">{t("saveCategory")}</SubmitButton>
          </div>
        </form>
        <form action={removeFormAction} className="mt-2">
          <FormAlert state={removeState} />
          <input type="hidden" name="brandId" value={brandId} />
          <input type="hidden" name="categoryId" value={category.id} />
          <SubmitButton variant="danger">{t("removeCategory")}</SubmitButton>
        </form>
      </details>
    </li>
  );
}

export function CategoryEditor({ brandId, categories, addAction, updateAction, removeAction }: Props) {
  const t = useTranslations("settings");
  const [state, formAction] = useActionState(addAction, IDLE);
  const v = state.status === "error" && state.values ? state.values : {};
  return (
    <Panel title={t("categoriesHeading")} id="categories-heading">
      {categories.length ? (
        <ul className="-mt-3 mb-4 divide-y divide-line">
          {categories.map((category) => (
            <CategoryRow key={category.id} brandId={brandId} category={category} updateAction={updateAction} removeAction={removeAction} />
          ))}
        </ul>
      ) : null}
      <form action={formAction} className="space-y-3" noValidate>
        <FormAlert state={state} />
        <input type="hidden" name="brandId" value={brandId} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="new-category-es" label={t("categoryNameEs")} name="nameEs" defaultValue={v.nameEs} errors={state.fieldErrors?.nameEs} />
          <Field id="new-category-en" label={t("categoryNameEn")} name="nameEn" defaultValue={v.nameEn} errors={state.fieldErrors?.nameEn} />
        </div>
        <Field id="new-category-slug" label={t("categorySlug")} name="slug" defaultValue={v.slug} errors={state.fieldErrors?.slug} />
        <SubmitButton variant="secondary">{t("addCategory")}</SubmitButton>
      </form>
    </Panel>
  );
}
