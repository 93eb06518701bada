import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditList } from "@/components/brands/settings/audit-list";
import { BrandDetailsForm } from "@/components/brands/settings/brand-details-form";
import { CategoryEditor } from "@/components/brands/settings/category-editor";
import { TeamEditor } from "@/components/brands/settings/team-editor";
import { getDb } from "@/db/client";
import { listBrandAudit, listBrandTeam, listCategories } from "@/lib/brands/queries";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { loadVisibleBrand } from "../load-brand";
import { addCategoryAction, grantRoleAction, removeCategoryAction, revokeRoleAction, updateBrandAction, updateCategoryAction } from "./actions";

type Props = { params: Promise<{ locale: string; brand: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { brand: slug } = await params;
  const { brand, guardian } = await loadVisibleBrand(slug);
  if (!guardian.canViewBrandSettings(brand)) notFound();
  const t = await getTranslations({ locale, namespace: "settings" });
  return { title: t("title", { brand: brand.name }), robots: { index: false } };
}

export default async function BrandSettingsPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { brand: slug } = await params;
  const { brand, guardian } = await loadVisibleBrand(slug);
  if (!guardian.canViewBrandSettings(brand)) notFound();
  const t = await getTranslations({ locale, namespace: "settings" });
  const tb = await getTranslations({ locale, namespace: "brand" });
  const db = getDb();
  const [categories, team, audit] = await Promise.all([
    listCategories(db, brand.id),
    listBrandTeam(db, brand.id),
    guardian.canViewAudit(brand) ? listBrandAudit(db, brand.id) : Promise.resolve([]),
  ]);
  return (
    <div className="space-y-6" style={{ "--brand": brand.color } as React.CSSProperties}>
      <div>
        <Link href={`/b/${brand.slug}`} className="text-sm text-muted hover:text-ink">
          ← {tb("backToBrand", { brand: brand.name })}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t("title", { brand: brand.name })}</h1>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <BrandDetailsForm brand={brand} action={updateBrandAction} />
          <CategoryEditor
            brandId={brand.id}
            categories={categories}
            addAction={addCategoryAction}
            updateAction={updateCategoryAction}
            removeAction={removeCategoryAction}
          />
        </div>
        <div className="space-y-6">
          <TeamEditor brandId={brand.id} team={team} grantAction={grantRoleAction} revokeAction={revokeRoleAction} />
          <AuditList entries={audit} locale={locale} />
        </div>
      </div>
    </div>
  );
}
