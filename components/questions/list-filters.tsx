import { getTranslations } from "next-intl/server";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputClass } from "@/components/ui/field";
import { LOCALES } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { LIST_STATUSES } from "@/lib/questions/list-questions";

type Props = {
  basePath: string;
  sort?: string;
  period?: string;
  tag?: string;
  category?: string;
  language?: string;
  status?: string;
  categories?: { slug: string; name: string }[];
};

// A plain GET form: filters work without JavaScript and every filtered list has its own URL.
export async function ListFilters({ basePath, sort, period, tag, category, language, status, categories }: Props) {
  const t = await getTranslations("questions");
  const tl = await getTranslations("locales");
  const tv = await getTranslations("verification");
  const active = Boolean(tag || category || language || status);
  return (
    <details className="border-b border-line px-4 py-2 text-sm" open={active}>
      <summary className="cursor-pointer text-muted">{t("filters")}</summary>
      <form method="get" className="mt-2 flex flex-wrap items-end gap-2">
        {sort && sort !== "newest" ? <input type="hidden" name="sort" value={sort} /> : null}
        {period ? <input type="hidden" name="period" value={period} /> : null}
        <label className="text-xs">
          <span className="mb-0.5 block text-muted">{t("filterTag")}</span>
          <input name="tag" defaultValue={tag} className={`${inputClass} w-36 py-1`} />
        </label>
        {categories ? (
          <label className="text-xs">
            <span className="mb-0.5 block text-muted">{t("filterCategory")}</span>
            <select name="category" defaultValue={category ?? ""} className={`${inputClass} w-44 py-1`}>
              <option value="">{t("anyCategory")}</option>
              {categories.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="text-xs">
          <span className="mb-0.5 block text-muted">{t("filterLanguage")}</span>
          <select name="lang" defaultValue={language ?? ""} className={`${inputClass} w-36 py-1`}>
            <option value="">{t("anyLanguage")}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {tl(l)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs">
          <span className="mb-0.5 block text-muted">{tv("filterStatus")}</span>
          <select name="status" defaultValue={status ?? ""} className={`${inputClass} w-40 py-1`}>
            <option value="">{tv("anyStatus")}</option>
            {LIST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tv(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonStyles.secondary}>
          {t("apply")}
        </button>
        {active ? (
          <Link href={basePath} className={buttonStyles.link}>
            {t("clear")}
          </Link>
        ) : null}
      </form>
    </details>
  );
}
