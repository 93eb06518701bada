import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BrandHeader } from "@/components/brands/brand-header";
import { ListFilters } from "@/components/questions/list-filters";
import { QuestionList } from "@/components/questions/question-list";
import { buttonStyles } from "@/components/ui/button-styles";
import { VerifiedIcon } from "@/components/ui/icons";
import { getDb } from "@/db/client";
import { listCategories } from "@/lib/brands/queries";
import { alternatesFor } from "@/lib/i18n/alternates";
import { pickLocalized } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { type ListSearchParams, parseListParams } from "@/lib/questions/list-params";
import { listQuestions } from "@/lib/questions/list-questions";
import { loadVisibleBrand } from "./load-brand";

type Props = { params: Promise<{ locale: string; brand: string }>; searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { brand: slug } = await params;
  const { brand } = await loadVisibleBrand(slug);
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: t("brandTitle", { brand: brand.name }),
    description: pickLocalized(brand.description, locale) || undefined,
    alternates: alternatesFor(`/b/${brand.slug}`, locale),
  };
}

export default async function BrandPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const { brand: slug } = await params;
  const { brand, guardian } = await loadVisibleBrand(slug);
  const sp = await searchParams;
  const list = parseListParams(sp);
  const t = await getTranslations({ locale, namespace: "brand" });
  const tq = await getTranslations({ locale, namespace: "questions" });
  const tv = await getTranslations({ locale, namespace: "verification" });
  const basePath = `/b/${brand.slug}`;
  const db = getDb();
  const categories = await listCategories(db, brand.id);
  const category = categories.find((c) => c.slug === list.categorySlug);
  const result = await listQuestions(db, {
    brandId: brand.id,
    sort: list.sort,
    period: list.period,
    tag: list.tag,
    categoryId: category?.id,
    locale: list.locale,
    status: list.status,
    cursor: list.cursor,
  });
  return (
    <div className="space-y-5" style={{ "--brand": brand.color } as React.CSSProperties}>
      <BrandHeader
        brand={brand}
        locale={locale}
        roles={guardian.brandRolesIn(brand.id)}
        canManage={guardian.canViewBrandSettings(brand)}
        links={
          guardian.canReviewVerifications(brand) ? (
            <Link href={`${basePath}/staff/verify`} className={buttonStyles.secondary}>
              <VerifiedIcon /> {tv("queueLink")}
            </Link>
          ) : null
        }
      />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_15rem]">
        <div className="min-w-0 space-y-3">
          <div className="flex items-center justify-between gap-2">
            <h2 className="text-lg font-semibold">{list.tag ? tq("taggedWith", { tag: list.tag }) : tq("listTitle")}</h2>
            <Link
              href={guardian.isSignedIn() ? `${basePath}/ask` : `/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${basePath}/ask`)}`}
              className={buttonStyles.primary}
            >
              {tq("ask")}
            </Link>
          </div>
          <QuestionList
            basePath={basePath}
            query={{ sort: sp.sort, period: sp.period, tag: list.tag, category: category?.slug, lang: list.locale, status: list.status }}
            sort={list.sort}
            period={list.period}
            items={result.items}
            total={result.total}
            nextCursor={result.nextCursor}
            locale={locale}
            showBrand={false}
            filters={
              <ListFilters
                basePath={basePath}
                sort={list.sort}
                period={sp.period}
                tag={list.tag}
                category={category?.slug}
                language={list.locale}
                status={list.status}
                categories={categories.map((c) => ({ slug: c.slug, name: pickLocalized(c.name, locale) }))}
              />
            }
          />
        </div>
        <aside className="space-y-3">
          <section aria-labelledby="categories-heading" className="rounded-lg border border-line bg-white">
            <h2 id="categories-heading" className="border-b border-line px-3 py-2 text-sm font-semibold">
              {t("categoriesHeading")}
            </h2>
            {categories.length === 0 ? (
              <p className="px-3 py-3 text-sm text-muted">{t("noCategories")}</p>
            ) : (
              <ul className="py-1 text-sm">
                {categories.map((c) => (
                  <li key={c.id}>
                    <Link
                      href={`${basePath}?category=${c.slug}`}
                      aria-current={c.id === category?.id ? "page" : undefined}
                      className="flex items-center gap-2 px-3 py-1.5 hover:bg-gray-50 aria-[current]:font-semibold"
                    >
                      <span aria-hidden className="size-2 shrink-0 rounded-full bg-[var(--brand)]" />
                      {pickLocalized(c.name, locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <Link href={`${basePath}/leaderboard`} className={`${buttonStyles.link} block px-1`}>
            {t("leaderboardLink", { brand: brand.name })}
          </Link>
        </aside>
      </div>
    </div>
  );
}
