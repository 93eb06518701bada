import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/ui/button-styles";
import { getViewer } from "@/lib/auth/get-viewer";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { REPUTATION_REASONS } from "@/lib/reputation/constants";
import { DAILY_VOTE_CAP, PRIVILEGE_THRESHOLDS, PRIVILEGES, REPUTATION_FLOOR, REPUTATION_RULES } from "@/lib/reputation/rules";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "help.reputation" });
  return { title: t("title"), description: t("intro"), alternates: alternatesFor("/help/reputation", locale) };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-white shadow-xs">
      <h2 id={id} className="border-b border-line px-4 py-3 text-base font-semibold">
        {title}
      </h2>
      <div className="space-y-3 p-4 text-sm text-gray-700">{children}</div>
    </section>
  );
}

// Every amount, limit and threshold on this page is read from lib/reputation/rules.ts, so the page cannot disagree with the code.
export default async function ReputationHelpPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const [t, tr, viewer, format] = await Promise.all([
    getTranslations({ locale, namespace: "help.reputation" }),
    getTranslations({ locale, namespace: "reputation" }),
    getViewer(),
    getFormatter(),
  ]);
  const signed = (n: number) => format.number(n, { signDisplay: "exceptZero" });
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 max-w-2xl text-sm text-muted">{t("intro")}</p>
        </div>
        {viewer.handle ? (
          <Link href={`/u/${viewer.handle}/reputation`} className={buttonStyles.link}>
            {t("yourHistory")}
          </Link>
        ) : null}
      </div>

      <Section id="events" title={t("eventsHeading")}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("eventsCaption")}</caption>
            <thead className="text-xs text-muted">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("event")}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {t("amount")}
                </th>
                <th scope="col" className="py-1.5 font-medium">
                  {t("dailyCap")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {REPUTATION_REASONS.map((reason) => {
                const rule = REPUTATION_RULES[reason];
                return (
                  <tr key={reason} data-testid={`rule-${reason}`}>
                    <th scope="row" className="py-2 pr-3 font-normal text-ink">
                      {tr(`rules.${reason}`)}
                    </th>
                    <td className={`py-2 pr-3 text-right font-semibold tabular-nums ${rule.amount < 0 ? "text-danger" : "text-emerald-700"}`}>
                      {signed(rule.amount)}
                    </td>
                    <td className="py-2 text-muted">{rule.capped ? t("counts") : t("exempt")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p>{t("ownAnswer")}</p>
      </Section>

      <Section id="cap" title={t("capHeading")}>
        <p>{t("capText", { cap: DAILY_VOTE_CAP })}</p>
        <p>{t("capWithdrawn")}</p>
      </Section>

      <Section id="floor" title={t("floorHeading")}>
        <p>{t("floorText", { floor: REPUTATION_FLOOR })}</p>
      </Section>

      <Section id="reversals" title={t("reversalsHeading")}>
        <p>{t("reversalsText")}</p>
        <p>{t("deletedText")}</p>
      </Section>

      <Section id="privileges" title={t("privilegesHeading")}>
        <p>{t("privilegesIntro")}</p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("privilegesCaption")}</caption>
            <thead className="text-xs text-muted">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("privilege")}
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  {t("needed")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {PRIVILEGES.map((privilege) => (
                <tr key={privilege} data-testid={`privilege-${privilege}`}>
                  <th scope="row" className="py-2 pr-3 font-normal text-ink">
                    {tr(`privileges.${privilege}`)}
                  </th>
                  <td className="py-2 text-right font-semibold tabular-nums">{format.number(PRIVILEGE_THRESHOLDS[privilege])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>{t("privilegesOwn")}</p>
        <p>{t("privilegesStaff")}</p>
      </Section>
    </div>
  );
}
