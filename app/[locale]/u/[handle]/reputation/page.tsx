import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/get-viewer";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { Guardian } from "@/lib/permissions/guardian";
import { findProfile } from "@/lib/profiles/find-profile";
import { reputationByBrand } from "@/lib/profiles/profile-reputation";
import { postAnchor, threadPath } from "@/lib/questions/paths";
import { decodeCursor, encodeCursor, type HistoryEvent, listReputationHistory } from "@/lib/reputation/list-reputation-history";
import { DAILY_VOTE_CAP, REPUTATION_FLOOR } from "@/lib/reputation/rules";

type SearchParams = { brand?: string | string[]; before?: string | string[] };
type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: Promise<SearchParams> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// Unknown and deleted members are a 404; one lookup serves the page and its metadata.
const loadMember = cache(async (handle: string) => {
  const member = await findProfile(getDb(), decodeURIComponent(handle));
  if (!member) notFound();
  return member;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const member = await loadMember((await params).handle);
  const t = await getTranslations({ locale, namespace: "reputation.history" });
  return {
    title: t("title", { name: member.name ?? member.handle }),
    alternates: alternatesFor(`/u/${member.handle}/reputation`, locale),
    ...(member.hideFromSearchEngines ? { robots: { index: false, follow: false } } : {}),
  };
}

function groupByDay(events: HistoryEvent[]): { day: string; events: HistoryEvent[] }[] {
  const days: { day: string; events: HistoryEvent[] }[] = [];
  for (const event of events) {
    const last = days.at(-1);
    if (last?.day === event.day) last.events.push(event);
    else days.push({ day: event.day, events: [event] });
  }
  return days;
}

export default async function ReputationHistoryPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const member = await loadMember((await params).handle);
  const query = await searchParams;
  const db = getDb();
  const [viewer, t, format, brands] = await Promise.all([
    getViewer(),
    getTranslations({ locale, namespace: "reputation" }),
    getFormatter(),
    reputationByBrand(db, member.id),
  ]);
  const guardian = new Guardian(viewer);
  const selected = brands.find((b) => b.slug === first(query.brand)) ?? null;
  const before = decodeCursor(first(query.before));
  const { events, next } = await listReputationHistory(db, guardian, { userId: member.id, brandId: selected?.brandId ?? null, before });
  const name = member.name ?? member.handle;
  const base = `/u/${member.handle}/reputation`;
  const withBrand = (extra: Record<string, string> = {}) => {
    const search = new URLSearchParams({ ...(selected ? { brand: selected.slug } : {}), ...extra }).toString();
    return search ? `${base}?${search}` : base;
  };
  const signed = (n: number) => format.number(n, { signDisplay: "exceptZero" });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  const shortDate = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const accent = selected?.color ?? (brands.length === 1 ? brands[0]!.color : undefined);

  return (
    <div className="mx-auto max-w-3xl space-y-5" style={accent ? ({ "--brand": accent } as React.CSSProperties) : undefined}>
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight break-words">{t("history.title", { name })}</h1>
          <p className="mt-1 text-sm text-muted">{t("history.intro")}</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link href={`/u/${member.handle}`} className={buttonStyles.link}>
            {t("history.profile")}
          </Link>
          <Link href="/help/reputation" className={buttonStyles.link}>
            {t("history.help")}
          </Link>
        </div>
      </header>

      {brands.length > 0 ? (
        <nav aria-label={t("history.filter")} className="flex flex-wrap gap-2">
          <Link
            href={base}
            aria-current={selected ? undefined : "page"}
            className={`rounded-full border px-3 py-1 text-sm ${selected ? "border-line bg-white hover:bg-gray-50" : "border-ink bg-ink text-white"}`}
          >
            {t("history.allBrands")}
          </Link>
          {brands.map((b) => (
            <Link
              key={b.brandId}
              href={`${base}?brand=${encodeURIComponent(b.slug)}`}
              aria-current={selected?.brandId === b.brandId ? "page" : undefined}
              className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${selected?.brandId === b.brandId ? "border-ink bg-ink text-white" : "border-line bg-white hover:bg-gray-50"}`}
            >
              <span aria-hidden className="size-2 rounded-full" style={{ background: b.color }} />
              {t("history.totalIn", { brand: b.name, value: b.reputation })}
            </Link>
          ))}
        </nav>
      ) : null}

      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-white p-6 text-center text-sm text-muted">{t("history.empty")}</p>
      ) : (
        groupByDay(events).map((group) => {
          const net = group.events.reduce((sum, e) => sum + e.amount, 0);
          return (
            <section key={group.day} aria-labelledby={`day-${group.day}`} className="rounded-lg border border-line bg-white shadow-xs">
              <h2 id={`day-${group.day}`} className="flex items-baseline justify-between gap-2 border-b border-line px-4 py-2.5 text-sm font-semibold">
                <span>{day(group.day)}</span>
                <span className="text-xs font-normal text-muted">{t("history.dayNet", { net: signed(net) })}</span>
              </h2>
              <ol className="divide-y divide-line">
                {group.events.map((e) => (
                  <li key={e.id} id={`rep-${e.id}`} className="flex gap-3 px-4 py-2.5 text-sm" data-testid="reputation-event">
                    <span
                      className={`w-12 shrink-0 text-right font-semibold tabular-nums ${e.amount < 0 ? "text-danger" : e.amount > 0 ? "text-emerald-700" : "text-muted"}`}
                    >
                      {signed(e.amount)}
                    </span>
                    <div className="min-w-0 flex-1">
                      <p>
                        <span className="font-medium">{e.reverses ? t(`reversals.${e.reason}`) : t(`events.${e.reason}`)}</span>
                        {e.actor ? (
                          <>
                            {" "}
                            <span className="text-muted">
                              {t.rich("history.by", {
                                name: e.actor.name ?? e.actor.handle,
                                member: (chunks) => (
                                  <Link href={`/u/${e.actor!.handle}`} className="hover:underline">
                                    {chunks}
                                  </Link>
                                ),
                              })}
                            </span>
                          </>
                        ) : null}
                        {selected ? null : <span className="text-muted"> · {e.brand.name}</span>}
                      </p>
                      <p className="break-words text-muted">
                        {e.post ? (
                          <Link
                            href={`${threadPath(e.brand.slug, e.post.questionId, e.post.slug)}#${postAnchor(e.post.id)}`}
                            className="text-[var(--brand)] hover:underline"
                          >
                            {t(e.post.kind === "question" ? "history.onQuestion" : "history.onAnswer", { title: e.post.title })}
                          </Link>
                        ) : (
                          t("history.postUnavailable")
                        )}
                      </p>
                      {e.bit === "cap" ? (
                        <p className="mt-0.5 text-xs text-amber-800">
                          {t("history.capNote", { cap: DAILY_VOTE_CAP, applied: signed(e.amount), requested: signed(e.requestedAmount) })}
                        </p>
                      ) : null}
                      {e.bit === "floor" ? (
                        <p className="mt-0.5 text-xs text-amber-800">
                          {t("history.floorNote", { floor: REPUTATION_FLOOR, applied: signed(e.amount), requested: signed(e.requestedAmount) })}
                        </p>
                      ) : null}
                      {e.reverses ? (
                        <p className="mt-0.5 text-xs text-muted">
                          <a href={`#rep-${e.reverses.id}`} className="hover:underline">
                            {t("history.reverses", { amount: signed(e.reverses.amount), date: shortDate(e.reverses.createdAt) })}
                          </a>
                        </p>
                      ) : null}
                      {e.reversedBy ? (
                        <p className="mt-0.5 text-xs text-muted">
                          <a href={`#rep-${e.reversedBy.id}`} className="hover:underline">
                            {t("history.reversedBy", { amount: signed(e.reversedBy.amount), date: shortDate(e.reversedBy.createdAt) })}
                          </a>
                        </p>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          );
        })
      )}

      {before || next ? (
        <nav aria-label={t("history.pages")} className="flex flex-wrap justify-between gap-2">
          {before ? (
            <Link href={withBrand()} className={buttonStyles.secondary}>
              {t("history.newest")}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={withBrand({ before: encodeCursor(next) })} className={buttonStyles.secondary} rel="next">
              {t("history.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
