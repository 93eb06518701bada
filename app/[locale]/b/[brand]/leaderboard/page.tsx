import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BrandMark } from "@/components/brands/brand-mark";
import { LeaderboardView } from "@/components/recognition/leaderboard-view";
import { buttonStyles } from "@/components/ui/button-styles";
import { getDb } from "@/db/client";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { parseLeaderboardParams } from "@/lib/recognition/leaderboard-window";
import { listLeaderboard } from "@/lib/recognition/list-leaderboard";
import { loadVisibleBrand } from "../load-brand";

type SearchParams = { period?: string | string[]; by?: string | string[] };
type Props = { params: Promise<{ locale: string; brand: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { brand: slug } = await params;
  const { brand } = await loadVisibleBrand(slug);
  const t = await getTranslations({ locale, namespace: "leaderboard" });
  return { title: t("brandTitle", { brand: brand.name }), alternates: alternatesFor(`/b/${brand.slug}/leaderboard`, locale) };
}

export default async function BrandLeaderboardPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const { brand: slug } = await params;
  const { brand } = await loadVisibleBrand(slug);
  const { period, metric } = parseLeaderboardParams(await searchParams);
  const t = await getTranslations({ locale, namespace: "leaderboard" });
  const rows = await listLeaderboard(getDb(), { brandId: brand.id, period, metric });
  return (
    <div className="mx-auto max-w-3xl space-y-4" style={{ "--brand": brand.color } as React.CSSProperties}>
      <div className="flex flex-wrap items-center gap-3">
        <BrandMark name={brand.name} color={brand.color} logoUrl={brand.logoUrl} size={40} />
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-semibold tracking-tight">{t("brandTitle", { brand: brand.name })}</h1>
          <p className="mt-0.5 text-sm text-muted">{t("brandIntro", { brand: brand.name })}</p>
        </div>
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/b/${brand.slug}`} className={buttonStyles.link}>
          {t("backToBrand", { brand: brand.name })}
        </Link>
        <Link href="/leaderboard" className={buttonStyles.link}>
          {t("toSite")}
        </Link>
      </p>
      <LeaderboardView basePath={`/b/${brand.slug}/leaderboard`} period={period} metric={metric} rows={rows} brandName={brand.name} />
      <p className="text-xs text-muted">{t("windowNote")}</p>
    </div>
  );
}
