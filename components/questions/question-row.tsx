import { getFormatter, getTranslations } from "next-intl/server";
import { AcceptedIcon } from "@/components/ui/icons";
import { type Locale, pickLocalized } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { excerptOf } from "@/lib/posts/excerpt";
import type { QuestionListItem } from "@/lib/questions/list-questions";
import { threadPath } from "@/lib/questions/paths";
import { TagLink } from "./tag-link";

// One dense row: the numbers on the left (as Stack Overflow does), the title and its context on the right.
export async function QuestionRow({ q, locale, showBrand }: { q: QuestionListItem; locale: Locale; showBrand: boolean }) {
  const t = await getTranslations("questions");
  const format = await getFormatter();
  return (
    <li className="grid grid-cols-[4.5rem_minmax(0,1fr)] gap-3 px-4 py-3 sm:grid-cols-[6rem_minmax(0,1fr)]">
      <div className="flex flex-col items-end gap-1 text-xs text-muted tabular-nums">
        <span>{t("votes", { count: q.score })}</span>
        <span
          className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 ${q.accepted ? "bg-accepted font-semibold text-white" : q.answerCount > 0 ? "border border-accepted/60 text-accepted" : ""}`}
        >
          {q.accepted ? <AcceptedIcon width={12} height={12} aria-label={t("solved")} /> : null}
          {t("answers", { count: q.answerCount })}
        </span>
        <span className="hidden sm:inline">{t("views", { count: q.viewCount })}</span>
      </div>
      <div className="min-w-0">
        <h3 className="font-medium leading-snug" lang={q.locale}>
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
