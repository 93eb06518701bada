import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProfileSettingsForm } from "@/components/profile/profile-settings-form";
import { BadgeChip } from "@/components/recognition/badge-chip";
import { LevelChip } from "@/components/recognition/level-chip";
import { ReputationChart } from "@/components/recognition/reputation-chart";
import { AcceptedIcon, VerifiedIcon } from "@/components/ui/icons";
import { Panel } from "@/components/ui/panel";
import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/get-viewer";
import { badgeBySlug } from "@/lib/badges/catalogue";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { Guardian } from "@/lib/permissions/guardian";
import { canEditProfile } from "@/lib/permissions/profile-permissions";
import { durationUnit } from "@/lib/profiles/duration-unit";
import { memberBadges } from "@/lib/profiles/member-badges";
import { reputationByBrand } from "@/lib/profiles/profile-reputation";
import { profileStats } from "@/lib/profiles/profile-stats";
import { recentActivity } from "@/lib/profiles/recent-activity";
import { reputationSeries } from "@/lib/profiles/reputation-series";
import { topAnswers } from "@/lib/profiles/top-answers";
import { threadPath } from "@/lib/questions/paths";
import { nextLevelFor } from "@/lib/recognition/levels";
import { nextPrivilege } from "@/lib/reputation/next-privilege";
import { PRIVILEGED_BRAND_ROLES } from "@/lib/reputation/rules";
import { updateProfileSettingsAction } from "./actions";
import { loadProfile } from "./load-profile";

type Props = { params: Promise<{ locale: string; handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { handle } = await params;
  const profile = await loadProfile(handle);
  const t = await getTranslations({ locale, namespace: "profile" });
  const name = profile.name ?? profile.handle;
  return {
    title: t("metaTitle", { name }),
    description: t("metaDescription", { name }),
    alternates: alternatesFor(`/u/${profile.handle}`, locale),
    ...(profile.hideFromSearchEngines ? { robots: { index: false, follow: false } } : {}),
  };
}

function Stat({ label, value, icon }: { label: string; value: string; icon?: React.ReactNode }) {
  return (
    <div className="rounded-md border border-line bg-white px-3 py-2">
      <dt className="flex items-center gap-1 text-xs text-muted">
        {icon}
        {label}
      </dt>
      <dd className="mt-0.5 text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

export default async function ProfilePage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { handle } = await params;
  const profile = await loadProfile(handle);
  const db = getDb();
  const [viewer, t, tb, tl, format] = await Promise.all([
    getViewer(),
    getTranslations({ locale, namespace: "profile" }),
    getTranslations({ locale, namespace: "badges" }),
    getTranslations({ locale, namespace: "locales" }),
    getFormatter(),
  ]);
  const [brands, badges, stats, series, answers, activity] = await Promise.all([
    reputationByBrand(db, profile.id),
    memberBadges(db, profile.id),
    profileStats(db, profile.id),
    reputationSeries(db, profile.id),
    topAnswers(db, profile.id),
    recentActivity(db, profile.id).then((items) => items.filter((item) => item.kind !== "badge" || badgeBySlug(item.badge))),
  ]);
  const guardian = new Guardian(viewer);
  const own = canEditProfile(guardian, profile.id);
  const name = profile.name ?? profile.handle;
  const median = stats.medianFirstAnswerSeconds === null ? null : durationUnit(stats.medianFirstAnswerSeconds);
  return (
    <div className="space-y-5">
      <header className="rounded-lg border border-line bg-white p-5 shadow-xs">
        <div className="flex flex-wrap items-start gap-4">
          <span aria-hidden className="grid size-14 shrink-0 place-items-center rounded-full bg-gray-900 text-xl font-semibold text-white">
            {name.slice(0, 1).toUpperCase()}
          </span>
          <div className="min-w-0 flex-1">
            <h1 className="text-2xl font-semibold tracking-tight break-words">{name}</h1>
            <p className="text-sm text-muted">
              @{profile.handle} · {t("memberSince", { date: format.dateTime(profile.createdAt, { month: "long", year: "numeric" }) })}
            </p>
            {brands.length ? (
              <p className="mt-2 flex flex-wrap items-center gap-1.5" data-testid="profile-levels">
                {brands.slice(0, 3).map((b) => (
                  <LevelChip key={b.brandId} reputation={b.reputation} brandName={b.name} />
                ))}
              </p>
            ) : null}
          </div>
          <Link href={`/u/${profile.handle}/reputation`} className="text-sm font-medium text-accent underline-offset-2 hover:underline">
            {t("historyLink")}
          </Link>
        </div>
      </header>

      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="profile-stats">
        <Stat label={t("stats.answers")} value={format.number(stats.answers)} />
        <Stat label={t("stats.accepted")} value={format.number(stats.accepted)} icon={<AcceptedIcon width={12} height={12} />} />
        <Stat label={t("stats.verified")} value={format.number(stats.verified)} icon={<VerifiedIcon width={12} height={12} />} />
        <Stat label={t("stats.medianFirstAnswer")} value={median ? t(`duration.${median.unit}`, { count: median.count }) : "—"} />
      </dl>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-5">
          <Panel title={t("reputationHeading")} id="reputation-heading" intro={t("reputationIntro")}>
            {brands.length === 0 ? (
              <p className="text-sm text-muted">{t("noReputation")}</p>
            ) : (
              <ul className="divide-y divide-line text-sm" data-testid="profile-brands">
                {brands.map((b) => {
                  const next = nextLevelFor(b.reputation);
                  // Staff and admins of a brand already hold every privilege there.
                  const privilege =
                    guardian.isSiteAdmin() || guardian.brandRolesIn(b.brandId).some((r) => PRIVILEGED_BRAND_ROLES.includes(r))
                      ? null
                      : nextPrivilege(b.reputation);
                  return (
                    <li key={b.brandId} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2">
                      <span className="flex min-w-0 flex-wrap items-center gap-2">
                        <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ background: b.color }} />
                        <Link href={`/b/${b.slug}/leaderboard`} className="font-medium hover:underline">
                          {b.name}
                        </Link>
                        <LevelChip reputation={b.reputation} />
                      </span>
                      <span className="tabular-nums">{t("reputationValue", { value: b.reputation })}</span>
                      {own && (next || privilege) ? (
                        <span className="w-full text-xs text-muted" data-testid="unlocks-next">
                          <span className="sr-only">{t("unlocksNext")}: </span>
                          {[
                            privilege ? t("nextPrivilege", { remaining: privilege.remaining, privilege: privilege.privilege }) : null,
                            next ? t("nextLevel", { missing: next.missing, level: t(`levels.${next.level.slug}`) }) : null,
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </Panel>

          <Panel title={t("chartHeading")} id="chart-heading">
            <ReputationChart points={series} />
          </Panel>

          <Panel title={t("topAnswersHeading")} id="top-answers-heading">
            {answers.length === 0 ? (
              <p className="text-sm text-muted">{t("noAnswers")}</p>
            ) : (
              <ul className="divide-y divide-line text-sm">
                {answers.map((a) => (
                  <li key={a.postId} className="flex items-start gap-3 py-2">
                    <span className="w-10 shrink-0 rounded bg-gray-100 px-1.5 py-0.5 text-center text-xs font-medium tabular-nums" title={t("score")}>
                      <span className="sr-only">{t("score")}: </span>
                      {format.number(a.score)}
                    </span>
                    <span className="min-w-0">
                      <Link href={`${threadPath(a.brandSlug, a.questionId, a.slug)}#post-${a.postId}`} className="break-words hover:underline">
                        {a.title}
                      </Link>
                      <span className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-muted">
                        <span>{a.brandName}</span>
                        {a.accepted ? (
                          <span className="inline-flex items-center gap-0.5 text-accepted">
                            <AcceptedIcon width={12} height={12} />
                            {t("accepted")}
                          </span>
                        ) : null}
                        {a.verified ? (
                          <span className="inline-flex items-center gap-0.5 text-verified">
                            <VerifiedIcon width={12} height={12} />
                            {t("verified", { brand: a.brandName })}
                          </span>
                        ) : null}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>

          <Panel title={t("activityHeading")} id="activity-heading">
            {activity.length === 0 ? (
              <p className="text-sm text-muted">{t("noActivity")}</p>
            ) : (
              <ol className="space-y-2 text-sm">
                {activity.map((item) => (
                  <li key={item.kind === "badge" ? `b-${item.badge}-${item.brandSlug}` : `p-${item.postId}`} className="flex flex-wrap gap-x-2">
                    <time dateTime={item.at.toISOString()} className="w-24 shrink-0 text-xs leading-5 text-muted">
                      {format.dateTime(item.at, { dateStyle: "medium" })}
                    </time>
                    <span className="min-w-0 flex-1 break-words">
                      {item.kind === "badge" ? (
                        item.brandName ? (
                          t("activity.badgeIn", { badge: tb(`catalogue.${item.badge}.name`), brand: item.brandName })
                        ) : (
                          t("activity.badge", { badge: tb(`catalogue.${item.badge}.name`) })
                        )
                      ) : (
                        <>
                          {t(`activity.${item.kind}`)}{" "}
                          <Link href={`${threadPath(item.brandSlug, item.questionId, item.slug)}#post-${item.postId}`} className="hover:underline">
                            {item.title}
                          </Link>
                        </>
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </Panel>
        </div>

        <aside className="space-y-5">
          <Panel title={t("badgesHeading")} id="badges-heading">
            {badges.length === 0 ? (
              <p className="text-sm text-muted">{t("noBadges")}</p>
            ) : (
              <ul className="flex flex-wrap gap-1.5" data-testid="profile-badges">
                {badges.map((b) => (
                  <li key={`${b.badge}-${b.brandSlug ?? "site"}`}>
                    <BadgeChip badge={b.definition} brandName={b.brandName} />
                  </li>
                ))}
              </ul>
            )}
          </Panel>

          <Panel title={t("languagesHeading")} id="languages-heading">
            <p className="text-sm">{stats.languages.length ? stats.languages.map((l) => tl(l)).join(" · ") : t("noLanguages")}</p>
          </Panel>

          {own ? (
            <Panel title={t("settingsHeading")} id="settings-heading">
              <ProfileSettingsForm userId={profile.id} hidden={profile.hideFromSearchEngines} action={updateProfileSettingsAction} />
            </Panel>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
