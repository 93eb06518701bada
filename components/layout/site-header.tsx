import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/ui/button-styles";
import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/get-viewer";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { unreadCount } from "@/lib/notifications/queries";
import { Guardian } from "@/lib/permissions/guardian";
import { LanguageSwitch } from "./language-switch";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const viewer = await getViewer();
  const guardian = new Guardian(viewer);
  const tn = await getTranslations({ locale, namespace: "notifications" });
  const unread = viewer.id ? await unreadCount(getDb(), viewer.id) : 0;
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-gray-900 text-sm text-white">
            P
          </span>
          Peerdesk
        </Link>
        <nav aria-label={t("primary")} className="flex items-center gap-3 text-sm">
          <Link href="/" className="text-muted hover:text-ink">
            {t("brands")}
          </Link>
          <Link href="/questions" className="text-muted hover:text-ink">
            {t("questions")}
          </Link>
          {/* On phones these two live in the footer, so the header keeps its two rows at 375 px. */}
          <Link href="/leaderboard" className="text-muted hover:text-ink max-sm:hidden">
            {t("leaderboard")}
          </Link>
          <Link href="/badges" className="text-muted hover:text-ink max-sm:hidden">
            {t("badges")}
          </Link>
          {guardian.canCreateBrand() ? (
            <Link href="/admin/brands/new" className="text-muted hover:text-ink">
              {t("newBrand")}
            </Link>
          ) : null}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitch />
          {viewer.id ? (
            <>
              <Link href={`/u/${viewer.handle}`} className="hidden text-sm text-muted hover:text-ink sm:inline" data-testid="viewer-name">
                {t("account", { name: viewer.name ?? viewer.handle ?? "" })}
              </Link>
              <NotificationBell count={unread} label={tn("bell", { count: unread })} />
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <>
              <Link href="/sign-in" className={buttonStyles.secondary}>
                {t("signIn")}
              </Link>
              <Link href="/sign-up" className={`${buttonStyles.primary} max-sm:hidden`}>
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
