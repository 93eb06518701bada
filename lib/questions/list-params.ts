import { isLocale, type Locale } from "../i18n/locales";
import { normalizeTag } from "../posts/tags";
import { LIST_SORTS, LIST_STATUSES, type ListSort, type ListStatus, TOP_PERIODS, type TopPeriod } from "./list-questions";

export type ListSearchParams = { sort?: string; period?: string; tag?: string; category?: string; lang?: string; status?: string; cursor?: string };

// Unknown values fall back to defaults, so a hand-edited URL still shows a list rather than an error.
export function parseListParams(sp: ListSearchParams) {
  const sort: ListSort = (LIST_SORTS as readonly string[]).includes(sp.sort ?? "") ? (sp.sort as ListSort) : "newest";
  const period: TopPeriod = (TOP_PERIODS as readonly string[]).includes(sp.period ?? "") ? (sp.period as TopPeriod) : "week";
  const tag = sp.tag ? normalizeTag(sp.tag) || undefined : undefined;
  const locale: Locale | undefined = isLocale(sp.lang) ? sp.lang : undefined;
  const status = (LIST_STATUSES as readonly string[]).includes(sp.status ?? "") ? (sp.status as ListStatus) : undefined;
  return { sort, period, tag, locale, status, categorySlug: sp.category || undefined, cursor: sp.cursor || undefined };
}
