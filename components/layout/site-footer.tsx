import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  const tn = await getTranslations("nav");
  const th = await getTranslations("help.reputation");
  return (
    <footer className="border-t border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-5 text-xs text-muted">
        <span>{t("about")}</span>
        <nav aria-label={t("recognition")} className="flex gap-3">
          <Link href="/leaderboard" className="hover:text-ink hover:underline">
            {tn("leaderboard")}
          </Link>
          <Link href="/badges" className="hover:text-ink hover:underline">
            {tn("badges")}
          </Link>
          <Link href="/help/reputation" className="hover:text-ink hover:underline">
            {th("navLabel")}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
