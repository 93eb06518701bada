import { type Locale, type LocalizedText, pickLocalized } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { BrandMark } from "./brand-mark";

type BrandSummary = { slug: string; name: string; description: LocalizedText; color: string; logoUrl: string | null; sector: string | null };

export function BrandCard({
  brand,
  locale,
  categoriesLabel,
  sectorLabel,
}: {
  brand: BrandSummary;
  locale: Locale;
  categoriesLabel: string;
  sectorLabel?: string;
}) {
  return (
    <Link
      href={`/b/${brand.slug}`}
      className="group flex h-full flex-col rounded-lg border border-line bg-white p-4 shadow-xs transition hover:shadow-md"
      style={{ borderTopColor: brand.color, borderTopWidth: 3 }}
    >
      <div className="flex items-center gap-3">
        <BrandMark name={brand.name} color={brand.color} logoUrl={brand.logoUrl} size={36} />
        <div className="min-w-0">
          <h3 className="truncate font-semibold group-hover:underline">{brand.name}</h3>
          {sectorLabel ? <p className="truncate text-xs text-muted">{sectorLabel}</p> : null}
        </div>
      </div>
      <p className="mt-3 line-clamp-3 flex-1 text-sm text-gray-600">{pickLocalized(brand.description, locale)}</p>
      <p className="mt-3 text-xs text-muted">{categoriesLabel}</p>
    </Link>
  );
}
