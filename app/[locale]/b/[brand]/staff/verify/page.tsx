import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { VerifiedIcon } from "@/components/ui/icons";
import { VerifyForm } from "@/components/verifications/verify-form";
import { WithdrawVerificationForm } from "@/components/verifications/withdraw-verification-form";
import { getDb } from "@/db/client";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { excerptOf } from "@/lib/posts/excerpt";
import { postAnchor, threadPath } from "@/lib/questions/paths";
import { listReviewQueue } from "@/lib/verifications/list-review-queue";
import { loadVisibleBrand } from "../../load-brand";
import { verifyAction, withdrawVerificationAction } from "../../q/actions";

type Props = { params: Promise<{ locale: string; brand: string }> };

async function reviewableBrand(params: Props["params"]) {
  const { brand: slug } = await params;
  const { brand, guardian } = await loadVisibleBrand(slug);
  if (!guardian.canReviewVerifications(brand)) notFound();
  return brand;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const brand = await reviewableBrand(params);
  const t = await getTranslations({ locale, namespace: "verification" });
  return { title: t("queueTitle", { brand: brand.name }), robots: { index: false } };
}

export default async function VerificationQueuePage({ params }: Props) {
  const locale = await localeFromParams(params);
  const brand = await reviewableBrand(params);
  const t = await getTranslations({ locale, namespace: "verification" });
  const tb = await getTranslations({ locale, namespace: "brand" });
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const queue = await listReviewQueue(getDb(), brand.id);
  return (
    <div className="space-y-5" style={{ "--brand": brand.color } as React.CSSProperties}>
      <div>
        <Link href={`/b/${brand.slug}`} className="text-sm text-muted hover:text-ink">
          ← {tb("backToBrand", { brand: brand.name })}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t("queueTitle", { brand: brand.name })}</h1>
        <p className="mt-1 max-w-2xl text-sm text-muted">{t("queueIntro")}</p>
      </div>
      <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("queueLink")}>
        <li className="rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 font-medium text-amber-900">
          {t("queueUnderReview", { count: queue.underReview })}
        </li>
        <li className="rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 font-medium text-amber-900">{t("queueExpired", { count: queue.expired })}</li>
      </ul>
      {queue.items.length === 0 ? (
        <p className="rounded-lg border border-line bg-white px-4 py-8 text-center text-sm text-muted">{t("queueEmpty")}</p>
      ) : (
        <ol className="space-y-3">
          {queue.items.map((item) => (
            <li key={item.postId} className="rounded-lg border border-line bg-white p-4" aria-labelledby={`queue-${item.postId}`}>
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs font-semibold text-amber-900">
                <VerifiedIcon aria-hidden />
                {item.state === "under_review" ? t("underReview") : t("expired")}
                <span className="font-normal text-muted">{t("queueSince", { date: date(item.reviewSince ?? item.expiresAt ?? item.verifiedAt) })}</span>
              </p>
              <h2 id={`queue-${item.postId}`} className="mt-1 font-medium break-words" lang={item.locale}>
                <Link href={`${threadPath(brand.slug, item.questionId, item.slug)}#${postAnchor(item.postId)}`} className="text-[var(--brand)] hover:underline">
                  {item.title}
                </Link>
              </h2>
              <p className="mt-1 line-clamp-3 text-sm text-gray-700" lang={item.locale}>
                {excerptOf(item.body, 300)}
              </p>
              <p className="mt-1 text-xs text-muted">
                {t("queueVerifiedBy", { name: item.verifierName, date: date(item.verifiedAt) })}
                {item.appliesTo ? <> · {t("appliesTo", { product: item.appliesTo })}</> : null}
              </p>
              <div className="mt-2 flex flex-wrap items-start gap-2">
                <VerifyForm brandId={brand.id} postId={item.postId} brandName={brand.name} again defaults={item} action={verifyAction} />
                <WithdrawVerificationForm brandId={brand.id} postId={item.postId} action={withdrawVerificationAction} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
