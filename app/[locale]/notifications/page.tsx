import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { SimpleActionButton } from "@/components/thread/simple-action-button";
import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/get-viewer";
import { Link, redirect } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { listNotifications } from "@/lib/notifications/queries";
import { threadPath } from "@/lib/questions/paths";
import { markAllReadAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: "notifications" });
  return { title: t("title"), robots: { index: false } };
}

export default async function NotificationsPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const viewer = await getViewer();
  if (!viewer.id) redirect({ href: `/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/notifications`)}`, locale });
  const t = await getTranslations({ locale, namespace: "notifications" });
  const format = await getFormatter();
  const items = await listNotifications(getDb(), viewer.id as string);
  const unread = items.some((n) => !n.readAt);
  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        {unread ? (
          <SimpleActionButton action={markAllReadAction} fields={{}} variant="secondary">
            {t("markAllRead")}
          </SimpleActionButton>
        ) : null}
      </div>
      {items.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-line bg-white p-6 text-center text-sm text-muted">{t("empty")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-line rounded-lg border border-line bg-white">
          {items.map((n) => (
            <li key={n.id} className={`flex items-start gap-3 px-4 py-3 text-sm ${n.readAt ? "" : "bg-blue-50/50"}`}>
              {n.readAt ? null : (
                <span className="mt-1.5 size-2 shrink-0 rounded-full bg-accent">
                  <span className="sr-only">{t("unread")}</span>
                </span>
              )}
              <div className="min-w-0">
                <Link
                  href={`${threadPath(n.brandSlug, n.questionId, n.questionSlug)}${n.postId ? `#post-${n.postId}` : ""}`}
                  className="break-words hover:underline"
                >
                  {t(n.type, { actor: n.actorName ?? n.actorHandle ?? "—", title: n.questionTitle })}
                </Link>
                <time dateTime={n.createdAt.toISOString()} className="block text-xs text-muted">
                  {format.relativeTime(n.createdAt, new Date())}
                </time>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
