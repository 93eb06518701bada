import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LEADERBOARD_METRICS, LEADERBOARD_PERIODS, type LeaderboardMetric, type LeaderboardPeriod } from "@/lib/recognition/leaderboard-window";
import type { LeaderboardRow } from "@/lib/recognition/list-leaderboard";
import { LevelChip } from "./level-chip";

type Props = { basePath: string; period: LeaderboardPeriod; metric: LeaderboardMetric; rows: LeaderboardRow[]; brandName?: string };

function tabHref(basePath: string, period: LeaderboardPeriod, metric: LeaderboardMetric): string {
  const params = new URLSearchParams();
  if (period !== "week") params.set("period", period);
  if (metric !== "reputation") params.set("by", metric);
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

const tabClass = "rounded-md px-2.5 py-1 text-muted hover:bg-gray-100 aria-[current]:bg-gray-900 aria-[current]:text-white";

// Tabs are plain links, so every board has its own address and works without JavaScript.
export async function LeaderboardView({ basePath, period, metric, rows, brandName }: Props) {
  const t = await getTranslations("leaderboard");
  const format = await getFormatter();
  return (
    <section aria-labelledby="leaderboard-heading" className="rounded-lg border border-line bg-white">
      <div className="space-y-2 border-b border-line px-4 py-3">
        <nav aria-label={t("periodNav")} className="-mx-1 flex max-w-full gap-1 overflow-x-auto px-1 text-sm whitespace-nowrap">
          {LEADERBOARD_PERIODS.map((p) => (
            <Link key={p} href={tabHref(basePath, p, metric)} aria-current={p === period ? "page" : undefined} className={tabClass}>
              {t(`periods.${p}`)}
            </Link>
          ))}
        </nav>
        <nav aria-label={t("metricNav")} className="-mx-1 flex max-w-full gap-1 overflow-x-auto px-1 text-xs whitespace-nowrap">
          {LEADERBOARD_METRICS.map((m) => (
            <Link
              key={m}
              href={tabHref(basePath, period, m)}
              aria-current={m === metric ? "page" : undefined}
              className="rounded px-2 py-0.5 text-muted hover:bg-gray-100 aria-[current]:bg-gray-200 aria-[current]:text-ink"
            >
              {t(`metrics.${m}`)}
            </Link>
          ))}
        </nav>
      </div>
      <h2 id="leaderboard-heading" className="sr-only">
        {t("boardHeading", { period: t(`periods.${period}`), metric: t(`metrics.${metric}`) })}
      </h2>
      {rows.length === 0 ? (
        <p className="px-4 py-8 text-center text-sm text-muted">{t("empty")}</p>
      ) : (
        <table className="w-full text-sm">
          <thead className="text-left text-xs text-muted">
            <tr className="border-b border-line">
              <th scope="col" className="w-12 px-4 py-2 font-medium">
                {t("rank")}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                {t("member")}
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                {t(`valueHeading.${metric}`)}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <tr key={row.userId} data-testid="leaderboard-row">
                <td className="px-4 py-2 tabular-nums text-muted">{format.number(row.rank)}</td>
                <td className="px-2 py-2">
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <Link href={`/u/${row.handle}`} className="font-medium break-all hover:underline">
                      {row.name ?? row.handle}
                    </Link>
                    <LevelChip reputation={row.reputation} brandName={brandName} />
                  </div>
                </td>
                <td className="px-4 py-2 text-right font-medium tabular-nums">
                  {metric === "reputation" ? t("gained", { value: row.value }) : format.number(row.value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
