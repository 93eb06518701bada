import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BrandHeader } from "@/components/brands/brand-header";
import { CategoryList } from "@/components/brands/category-list";
import { getDb } from "@/db/client";
import { listCategories } from "@/lib/brands/queries";
import { alternatesFor } from "@/lib/i18n/alternates";
import { pickLocalized } from "@/lib/i18n/locales";
import { localeFromParams } from "@/lib/i18n/params";
import { loadVisibleBrand } from "./load-brand";

type Props = { params: Promise<{ locale: string; brand: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { brand: slug } = await params;
  const { brand } = await loadVisibleBrand(slug);
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: t("brandTitle", { brand: brand.name }),
    description: pickLocalized(brand.description, locale) || undefined,
    alternates: alternatesFor(`/b/${brand.slug}`, locale),
  };
}

export default async function BrandPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { brand: slug } = await params;
  const { brand, guardian } = await loadVisibleBrand(slug);
  const t = await getTranslations({ locale, namespace: "brand" });
  const categories = await listCategories(getDb(), brand.id);
  return (
    <div className="space-y-6" style={{ "--brand": brand.color } as React.CSSProperties}>
      <BrandHeader brand={brand} locale={locale} roles={guardian.brandRolesIn(brand.id)} canManage={guardian.canViewBrandSettings(brand)} />
      <section aria-labelledby="categories-heading" className="rounded-lg border border-line bg-white">
        <h2 id="categories-heading" className="border-b border-line px-4 py-3 text-sm font-semibold">
          {t("categoriesHeading")}
        </h2>
        <CategoryList categories={categories} locale={locale} emptyLabel={t("noCategories")} />
      </section>
      <p className="text-sm text-muted">{t("comingSoon")}</p>
    </div>
  );
}
