import { getFormatter, getTranslations } from "next-intl/server";
import { VerifiedIcon } from "@/components/ui/icons";
import type { VerificationState } from "@/lib/verifications/in-force";

export type VerificationView = {
  state: VerificationState;
  verifiedAt: Date;
  expiresAt: Date | null;
  note: string | null;
  appliesTo: string | null;
  verifierName: string;
};

// Icon and words for every state, so the mark never relies on colour alone.
export async function VerificationMark({ verification: v, brandName }: { verification: VerificationView; brandName: string }) {
  const t = await getTranslations("verification");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const inForce = v.state === "verified";
  const title = inForce ? t("verifiedBy", { brand: brandName }) : v.state === "under_review" ? t("underReview") : t("expired");
  return (
    <div
      className={`w-full rounded-md border px-3 py-2 text-sm ${inForce ? "border-verified/40 bg-verified/5" : "border-amber-300 bg-amber-50"}`}
      data-verification={v.state}
    >
      <p className={`flex items-center gap-1.5 font-semibold ${inForce ? "text-verified" : "text-amber-900"}`}>
        <VerifiedIcon aria-hidden />
        {title}
      </p>
      <p className="mt-0.5 text-xs text-gray-700">
        {v.state === "under_review"
          ? t("underReviewHint", { brand: brandName, date: date(v.verifiedAt) })
          : v.state === "expired" && v.expiresAt
            ? t("expiredHint", { brand: brandName, date: date(v.verifiedAt), expiry: date(v.expiresAt) })
            : t("verifiedOn", { name: v.verifierName, date: date(v.verifiedAt) })}
      </p>
      {v.appliesTo ? <p className="mt-1 text-xs font-medium">{t("appliesTo", { product: v.appliesTo })}</p> : null}
      {v.note ? (
        <blockquote className="mt-1 border-l-2 border-line pl-2 text-sm whitespace-pre-line break-words">
          <span className="sr-only">{t("note", { brand: brandName })}: </span>
          {v.note}
        </blockquote>
      ) : null}
    </div>
  );
}
