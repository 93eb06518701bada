import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { BrandCard } from "@/components/brands/brand-card";
import { getDb } from "@/db/client";
import { listBrands } from "@/lib/brands/queries";
import { alternatesFor } from "@/lib/i18n/alternates";
import { localeFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: t("homeTitle"), alternates: alternatesFor("", locale) };
}

export default async function HomePage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const ts = await getTranslations({ locale, namespace: "sectors" });
  const format = await getFormatter({ locale });
  const brands = await listBrands(getDb());
  return (
    <div className="space-y-8">
      <section className="max-w-2xl">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("heading")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
      </section>
      <section aria-labelledby="brands-heading">
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id="brands-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
            {t("brandsHeading")}
          </h2>
          <span className="text-sm text-muted">{format.number(brands.length)}</span>
        </div>
        {brands.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-6 text-sm text-muted">{t("noBrands")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {brands.map((brand) => (
              <li key={brand.id}>
                <BrandCard
                  brand={brand}
                  locale={locale}
                  categoriesLabel={t("categories", { count: brand.categoryCount })}
                  sectorLabel={brand.sector && ts.has(brand.sector) ? ts(brand.sector) : undefined}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
