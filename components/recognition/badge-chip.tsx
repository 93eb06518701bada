import { getTranslations } from "next-intl/server";
import type { BadgeDefinition } from "@/lib/badges/catalogue";
import { Link } from "@/lib/i18n/navigation";
import { TierIcon } from "./tier-icon";

// A badge's tier is read out as text too, so it never rests on colour or shape alone.
export async function BadgeChip({ badge, brandName }: { badge: BadgeDefinition; brandName?: string | null }) {
  const t = await getTranslations("badges");
  const name = t(`catalogue.${badge.slug}.name`);
  return (
    <Link
      href={`/badges#badge-${badge.slug}`}
      className="inline-flex items-center gap-1.5 rounded-full border border-line bg-white px-2.5 py-1 text-xs font-medium hover:bg-gray-50"
      title={t(`catalogue.${badge.slug}.description`)}
    >
      <TierIcon tier={badge.tier} />
      <span>{name}</span>
      <span className="sr-only">({t(`tiers.${badge.tier}`)})</span>
      {brandName ? <span className="font-normal text-muted">· {brandName}</span> : null}
    </Link>
  );
}
