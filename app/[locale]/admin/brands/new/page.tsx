import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewBrandForm } from "@/components/admin/new-brand-form";
import { getViewer } from "@/lib/auth/get-viewer";
import { localeFromParams } from "@/lib/i18n/params";
import { Guardian } from "@/lib/permissions/guardian";
import { createBrandAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("newBrandTitle"), robots: { index: false } };
}

export default async function NewBrandPage({ params }: Props) {
  const locale = await localeFromParams(params);
  if (!new Guardian(await getViewer()).canCreateBrand()) notFound();
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-semibold tracking-tight">{t("newBrandTitle")}</h1>
      <p className="mt-1 text-sm text-muted">{t("newBrandIntro")}</p>
      <div className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs">
        <NewBrandForm action={createBrandAction} />
      </div>
    </div>
  );
}
