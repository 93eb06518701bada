import { getFormatter, getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import type { Locale } from "@/lib/i18n/locales";

type Entry = { id: number; action: string; createdAt: Date; actorName: string | null; actorHandle: string | null; after: unknown };

export async function AuditList({ entries, locale }: { entries: Entry[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "settings" });
  const ta = await getTranslations({ locale, namespace: "audit" });
  const format = await getFormatter({ locale });
  return (
    <Panel title={t("auditHeading")} id="audit-heading">
      {entries.length === 0 ? (
        <p className="text-sm text-muted">{t("noAudit")}</p>
      ) : (
        <ol className="-my-2 divide-y divide-line text-sm">
          {entries.map((entry) => {
            const key = entry.action.replaceAll(".", "_");
            return (
              <li key={entry.id} className="py-2">
                <span className="font-medium">{ta.has(key) ? ta(key) : entry.action}</span>{" "}
                <span className="text-muted">{t("auditBy", { actor: entry.actorName ?? entry.actorHandle ?? "—" })}</span>
                <time dateTime={entry.createdAt.toISOString()} className="block text-xs text-muted">
                  {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
