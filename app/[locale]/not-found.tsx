import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/ui/button-styles";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-5xl font-semibold text-gray-300">404</p>
      <h1 className="mt-4 text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-sm text-muted">{t("notFoundBody")}</p>
      <Link href="/" className={`${buttonStyles.secondary} mt-6`}>
        {t("backHome")}
      </Link>
    </div>
  );
}
