import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { TextDiff } from "@/components/thread/text-diff";
import { buttonStyles } from "@/components/ui/button-styles";
import { getDb } from "@/db/client";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { listRevisions, type RevisionRow } from "@/lib/posts/list-revisions";
import { threadPath } from "@/lib/questions/paths";
import { loadVisiblePost } from "../load-editable-post";

type Props = { params: Promise<{ locale: string; brand: string; postId: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "revisions" });
  return { title: t("title"), robots: { index: false } };
}

function fullText(r: RevisionRow): string {
  return [r.title, r.tags?.length ? `[${r.tags.join(", ")}]` : null, r.body].filter(Boolean).join("\n\n");
}

export default async function RevisionsPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const { brand: brandSlug, postId } = await params;
  const { brand, question, post } = await loadVisiblePost(brandSlug, postId);
  const t = await getTranslations({ locale, namespace: "revisions" });
  const format = await getFormatter();
  const rows = await listRevisions(getDb(), post.id);
  const sp = await searchParams;
  const newest = rows[0];
  const to = rows.find((r) => r.number === Number(sp.to)) ?? newest;
  const from = rows.find((r) => r.number === Number(sp.from)) ?? rows.find((r) => to && r.number === to.number - 1) ?? to;
  return (
    <div className="mx-auto max-w-4xl space-y-5" style={{ "--brand": brand.color } as React.CSSProperties}>
      <div>
        <Link href={`${threadPath(brand.slug, question.id, question.slug)}#post-${post.id}`} className="text-sm text-muted hover:text-ink">
          ← {t("backToThread")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <form method="get" className="rounded-lg border border-line bg-white">
        <table className="w-full text-sm">
          <thead className="border-b border-line text-left text-xs text-muted">
            <tr>
              <th className="px-3 py-2">{t("from")}</th>
              <th className="px-3 py-2">{t("to")}</th>
              <th className="px-3 py-2">{t("title")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((r) => (
              <tr key={r.number}>
                <td className="px-3 py-2">
                  <input
                    type="radio"
                    name="from"
                    value={r.number}
                    defaultChecked={r.number === from?.number}
                    aria-label={`${t("from")}: ${t("revision", { number: r.number })}`}
                  />
                </td>
                <td className="px-3 py-2">
                  <input
                    type="radio"
                    name="to"
                    value={r.number}
                    defaultChecked={r.number === to?.number}
                    aria-label={`${t("to")}: ${t("revision", { number: r.number })}`}
                  />
                </td>
                <td className="px-3 py-2">
                  <span className="font-medium">{t("revision", { number: r.number })}</span>{" "}
                  <span className="text-muted">
                    {t("by", { name: r.authorName ?? r.authorHandle })} · {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </span>
                  {r.reason ? <span className="block text-xs text-muted">{`${t("reason")}: ${r.reason}`}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="border-t border-line px-3 py-2">
          <button type="submit" className={buttonStyles.secondary}>
            {t("compare")}
          </button>
        </div>
      </form>
      {from && to ? (
        <section aria-label={`${t("revision", { number: from.number })} → ${t("revision", { number: to.number })}`}>
          <h2 className="mb-2 text-sm font-semibold">
            {t("revision", { number: from.number })} → {t("revision", { number: to.number })}
          </h2>
          {fullText(from) === fullText(to) ? (
            <p className="text-sm text-muted">{t("noChanges")}</p>
          ) : (
            <TextDiff before={fullText(from)} after={fullText(to)} addedLabel={t("added")} removedLabel={t("removed")} />
          )}
        </section>
      ) : null}
    </div>
  );
}
