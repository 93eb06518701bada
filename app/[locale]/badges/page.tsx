import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { TierIcon } from "@/components/recognition/tier-icon";
import { getDb } from "@/db/client";
import { badgeHolders } from "@/lib/badges/badge-holders";
import { BADGES, criterionAmount } from "@/lib/badges/catalogue";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { BADGE_TIERS } from "@/lib/reputation/constants";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "badges" });
  return { title: t("title"), description: t("intro"), alternates: alternatesFor("/badges", locale) };
}

export default async function BadgesPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "badges" });
  const format = await getFormatter();
  const holders = await badgeHolders(getDb());
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 max-w-2xl text-sm text-muted">{t("intro")}</p>
        </div>
        <Link href="/leaderboard" className="text-sm font-medium text-accent underline-offset-2 hover:underline">
          {t("toLeaderboard")}
        </Link>
      </div>
      {BADGE_TIERS.toReversed().map((tier) => (
        <section key={tier} aria-labelledby={`tier-${tier}`} className="rounded-lg border border-line bg-white">
          <h2 id={`tier-${tier}`} className="flex items-center gap-2 border-b border-line px-4 py-2.5 text-sm font-semibold">
            <TierIcon tier={tier} size={16} />
            {t(`tierHeading.${tier}`)}
          </h2>
          <ul className="divide-y divide-line">
            {BADGES.filter((b) => b.tier === tier).map((badge) => {
              const held = holders.get(badge.slug);
              return (
                <li key={badge.slug} id={`badge-${badge.slug}`} className="scroll-mt-4 px-4 py-3" data-testid="badge-entry">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                    <h3 className="flex items-center gap-1.5 font-medium">
                      <TierIcon tier={badge.tier} />
                      {t(`catalogue.${badge.slug}.name`)}
                      <span className="sr-only">({t(`tiers.${badge.tier}`)})</span>
                    </h3>
                    <span className="text-xs text-muted">{t("holders", { count: held?.holders ?? 0 })}</span>
                  </div>
                  <p className="mt-0.5 text-sm text-gray-700">{t(`catalogue.${badge.slug}.description`)}</p>
                  <p className="mt-0.5 text-xs text-muted">
                    {t(`criteria.${badge.criterion.kind}`, { amount: criterionAmount(badge.criterion) })} · {t(`scope.${badge.scope}`)}
                  </p>
                  {held && held.recent.length > 0 ? (
                    <p className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
                      <span className="text-muted">{t("recentHolders")}:</span>
                      {held.recent.map((h) => (
                        <span key={`${h.handle}-${h.awardedAt}`}>
                          <Link href={`/u/${h.handle}`} className="font-medium hover:underline">
                            {h.name ?? h.handle}
                          </Link>
                          <span className="text-muted">
                            {" "}
                            ({h.brandName ? `${h.brandName}, ` : ""}
                            {format.dateTime(new Date(h.awardedAt), { dateStyle: "medium" })})
                          </span>
                        </span>
                      ))}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
