import { getTranslations } from "next-intl/server";
import { AcceptedIcon } from "@/components/ui/icons";
import { Link } from "@/lib/i18n/navigation";
import { threadPath } from "@/lib/questions/paths";
import type { RelatedQuestion } from "@/lib/questions/related-questions";

export async function RelatedQuestions({ brandSlug, items }: { brandSlug: string; items: RelatedQuestion[] }) {
  const t = await getTranslations("thread");
  const tq = await getTranslations("questions");
  return (
    <section aria-labelledby="related-heading" className="rounded-lg border border-line bg-white p-3">
      <h2 id="related-heading" className="mb-2 text-sm font-semibold">
        {t("related")}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-muted">{t("noRelated")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {items.map((q) => (
            <li key={q.id} className="flex gap-2">
              <span
                className={`mt-0.5 inline-flex h-5 min-w-8 items-center justify-center gap-0.5 rounded px-1 text-xs tabular-nums ${q.accepted ? "bg-accepted text-white" : "border border-line text-muted"}`}
                title={tq("answers", { count: q.answerCount })}
              >
                {q.accepted ? <AcceptedIcon width={11} height={11} /> : null}
                {q.answerCount}
              </span>
              <Link href={threadPath(brandSlug, q.id, q.slug)} className="min-w-0 break-words text-[var(--brand)] hover:underline">
                {q.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
