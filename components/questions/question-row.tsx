import { getFormatter, getTranslations } from "next-intl/server";
import { AcceptedIcon, VerifiedIcon } from "@/components/ui/icons";
import { type Locale, pickLocalized } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { excerptOf } from "@/lib/posts/excerpt";
import type { QuestionListItem } from "@/lib/questions/list-questions";
import { threadPath } from "@/lib/questions/paths";
import { TagLink } from "./tag-link";

// One dense row: the numbers on the left (as Stack Overflow does), the title and its context on the right.
export async function QuestionRow({ q, locale, showBrand }: { q: QuestionListItem; locale: Locale; showBrand: boolean }) {
  const t = await getTranslations("questions");
  const tv = await getTranslations("verification");
  const format = await getFormatter();
  return (
    <li className="flex flex-col gap-1.5 px-4 py-3 sm:grid sm:grid-cols-[8rem_minmax(0,1fr)] sm:gap-3">
      {/* On phones the numbers sit on one line above the title; from 640 px they form the left column. */}
      <div className="flex flex-row flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted tabular-nums sm:flex-col sm:items-end">
        <span>{t("votes", { count: q.score })}</span>
        <span
          className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 ${q.accepted ? "bg-accepted font-semibold text-white" : q.answerCount > 0 ? "border border-accepted/60 text-accepted" : ""}`}
        >
          {q.accepted ? (
            <>
              <AcceptedIcon width={12} height={12} />
              <span className="sr-only">{t("solved")}</span>
            </>
          ) : null}
          {t("answers", { count: q.answerCount })}
        </span>
        {q.verified ? (
          <span className="inline-flex items-center gap-1 whitespace-nowrap rounded border border-verified/60 px-1.5 py-0.5 font-semibold text-verified">
            <VerifiedIcon width={12} height={12} />
            {tv("listVerified")}
          </span>
        ) : null}
        <span className="hidden sm:inline">{t("views", { count: q.viewCount })}</span>
      </div>
      <div className="min-w-0">
        <h3 className="font-medium leading-snug break-words" lang={q.locale}>
          <Link
            href={threadPath(q.brandSlug, q.id, q.slug)}
            className="text-[var(--brand)] hover:underline"
            style={showBrand ? { color: q.brandColor } : undefined}
          >
            {q.title}
          </Link>
        </h3>
        <p className="mt-0.5 line-clamp-2 text-sm text-gray-600" lang={q.locale}>
          {excerptOf(q.excerpt, 200)}
        </p>
        <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs text-muted">
          {q.tags.map((tag) => (
            <TagLink key={tag} brandSlug={q.brandSlug} tag={tag} />
          ))}
          <span className="ml-auto">
            {showBrand ? <>{t("inBrand", { brand: q.brandName })} · </> : null}
            {q.categoryName ? <>{pickLocalized(q.categoryName, locale)} · </> : null}
            {t("askedBy", { name: q.authorName ?? q.authorHandle })} ·{" "}
            <time dateTime={q.createdAt.toISOString()}>{format.relativeTime(q.createdAt, new Date())}</time>
            {q.locale !== locale ? <span className="ml-1 rounded border border-line px-1 uppercase">{q.locale}</span> : null}
          </span>
        </div>
      </div>
    </li>
  );
}
