import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListFilters } from "@/components/questions/list-filters";
import { QuestionList } from "@/components/questions/question-list";
import { getDb } from "@/db/client";
import { alternatesFor } from "@/lib/i18n/alternates";
import { localeFromParams } from "@/lib/i18n/params";
import { type ListSearchParams, parseListParams } from "@/lib/questions/list-params";
import { listQuestions } from "@/lib/questions/list-questions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "questions" });
  return { title: t("allQuestionsTitle"), alternates: alternatesFor("/questions", locale) };
}

export default async function AllQuestionsPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const sp = await searchParams;
  const list = parseListParams(sp);
  const t = await getTranslations({ locale, namespace: "questions" });
  const result = await listQuestions(getDb(), {
    sort: list.sort,
    period: list.period,
    tag: list.tag,
    locale: list.locale,
    status: list.status,
    cursor: list.cursor,
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t("allQuestionsTitle")}</h1>
      <QuestionList
        basePath="/questions"
        query={{ sort: sp.sort, period: sp.period, tag: list.tag, lang: list.locale, status: list.status }}
        sort={list.sort}
        period={list.period}
        items={result.items}
        total={result.total}
        nextCursor={result.nextCursor}
        locale={locale}
        showBrand
        filters={<ListFilters basePath="/questions" sort={list.sort} period={sp.period} tag={list.tag} language={list.locale} status={list.status} />}
      />
    </div>
  );
}
