import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LeaderboardView } from "@/components/recognition/leaderboard-view";
import { buttonStyles } from "@/components/ui/button-styles";
import { getDb } from "@/db/client";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { parseLeaderboardParams } from "@/lib/recognition/leaderboard-window";
import { listLeaderboard } from "@/lib/recognition/list-leaderboard";

type SearchParams = { period?: string | string[]; by?: string | string[] };
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "leaderboard" });
  return { title: t("siteTitle"), description: t("siteIntro"), alternates: alternatesFor("/leaderboard", locale) };
}

export default async function SiteLeaderboardPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const { period, metric } = parseLeaderboardParams(await searchParams);
  const t = await getTranslations({ locale, namespace: "leaderboard" });
  const rows = await listLeaderboard(getDb(), { brandId: null, period, metric });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("siteTitle")}</h1>
          <p className="mt-1 text-sm text-muted">{t("siteIntro")}</p>
        </div>
        <Link href="/badges" className={buttonStyles.link}>
          {t("toBadges")}
        </Link>
      </div>
      <LeaderboardView basePath="/leaderboard" period={period} metric={metric} rows={rows} />
      <p className="text-xs text-muted">{t("windowNote")}</p>
    </div>
  );
}
