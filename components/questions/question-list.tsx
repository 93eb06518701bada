import { getFormatter, getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { LIST_SORTS, type ListSort, type QuestionListItem, TOP_PERIODS, type TopPeriod } from "@/lib/questions/list-questions";
import { QuestionRow } from "./question-row";

type Props = {
  basePath: string;
  query: Record<string, string | undefined>;
  sort: ListSort;
  period: TopPeriod;
  items: QuestionListItem[];
  total: number;
  nextCursor: string | null;
  locale: Locale;
  showBrand: boolean;
  filters?: React.ReactNode;
};

function href(basePath: string, query: Record<string, string | undefined>, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...changes })) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

export async function QuestionList({ basePath, query, sort, period, items, total, nextCursor, locale, showBrand, filters }: Props) {
  const t = await getTranslations("questions");
  const format = await getFormatter();
  return (
    <section aria-labelledby="questions-heading" className="rounded-lg border border-line bg-white">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line px-4 py-3">
        <h2 id="questions-heading" className="text-sm font-semibold">
          {t("count", { count: total })} <span className="sr-only">({format.number(total)})</span>
        </h2>
        <nav aria-label={t("listTitle")} className="-mx-1 flex max-w-full gap-1 overflow-x-auto whitespace-nowrap px-1 text-sm">
          {LIST_SORTS.map((s) => (
            <Link
              key={s}
              href={href(basePath, query, { sort: s === "newest" ? undefined : s, cursor: undefined, period: s === "top" ? query.period : undefined })}
              aria-current={s === sort ? "page" : undefined}
              className="rounded-md px-2.5 py-1 text-muted hover:bg-gray-100 aria-[current]:bg-gray-900 aria-[current]:text-white"
            >
              {t(`sort.${s}`)}
            </Link>
          ))}
        </nav>
      </div>
      {sort === "top" ? (
        <div className="flex gap-1 border-b border-line px-4 py-2 text-xs">
          {TOP_PERIODS.map((p) => (
            <Link
              key={p}
              href={href(basePath, query, { period: p === "week" ? undefined : p, cursor: undefined })}
              aria-current={p === period ? "page" : undefined}
              className="rounded px-2 py-0.5 text-muted hover:bg-gray-100 aria-[current]:bg-gray-200 aria-[current]:text-ink"
            >
              {t(`period.${p}`)}
            </Link>
          ))}
        </div>
      ) : null}
      {filters}
      {items.length === 0 ? (
        <p className="px-4 py-8 text-center text-sm text-muted">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-line">
          {items.map((q) => (
            <QuestionRow key={q.id} q={q} locale={locale} showBrand={showBrand} />
          ))}
        </ul>
      )}
      {nextCursor ? (
        <div className="border-t border-line px-4 py-3 text-center">
          <Link href={href(basePath, query, { cursor: nextCursor })} className={buttonStyles.secondary}>
            {t("next")}
          </Link>
        </div>
      ) : null}
    </section>
  );
}
