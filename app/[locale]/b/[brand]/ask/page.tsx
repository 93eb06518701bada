import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AskForm } from "@/components/questions/ask-form";
import { getDb } from "@/db/client";
import { listCategories } from "@/lib/brands/queries";
import { pickLocalized } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { loadVisibleBrand } from "../load-brand";
import { askAction } from "../q/actions";

type Props = { params: Promise<{ locale: string; brand: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { brand: slug } = await params;
  const { brand } = await loadVisibleBrand(slug);
  const t = await getTranslations({ locale, namespace: "ask" });
  return { title: t("title", { brand: brand.name }), robots: { index: false } };
}

export default async function AskPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { brand: slug } = await params;
  const { brand, guardian } = await loadVisibleBrand(slug);
  if (!guardian.canAsk(brand)) redirect({ href: `/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/b/${brand.slug}/ask`)}`, locale });
  const t = await getTranslations({ locale, namespace: "ask" });
  const categories = await listCategories(getDb(), brand.id);
  return (
    <div className="mx-auto max-w-5xl" style={{ "--brand": brand.color } as React.CSSProperties}>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title", { brand: brand.name })}</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">{t("intro")}</p>
      <div className="mt-5 rounded-lg border border-line bg-white p-4 shadow-xs sm:p-5">
        <AskForm
          action={askAction}
          brandId={brand.id}
          locale={locale}
          idempotencyKey={randomUUID()}
          categories={categories.map((c) => ({ id: c.id, name: pickLocalized(c.name, locale) }))}
        />
      </div>
    </div>
  );
}
