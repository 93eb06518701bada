import type { Category } from "@/db/schema";
import { type Locale, pickLocalized } from "@/lib/i18n/locales";

export function CategoryList({ categories, locale, emptyLabel }: { categories: Category[]; locale: Locale; emptyLabel: string }) {
  if (categories.length === 0) return <p className="px-4 py-4 text-sm text-muted">{emptyLabel}</p>;
  return (
    <ul className="divide-y divide-line">
      {categories.map((category) => (
        <li key={category.id} className="flex items-baseline gap-3 px-4 py-3">
          <span aria-hidden className="mt-1 size-2 shrink-0 rounded-full bg-[var(--brand)]" />
          <div className="min-w-0">
            <p className="font-medium">{pickLocalized(category.name, locale)}</p>
            {pickLocalized(category.description, locale) ? <p className="text-sm text-muted">{pickLocalized(category.description, locale)}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
