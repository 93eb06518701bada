import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { GearIcon } from "@/components/ui/icons";
import { RoleBadge } from "@/components/ui/role-badge";
import type { Brand } from "@/db/schema";
import { type Locale, pickLocalized } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { BrandRole } from "@/lib/permissions/roles";
import { BrandMark } from "./brand-mark";

type Props = { brand: Brand; locale: Locale; roles: readonly BrandRole[]; canManage: boolean; links?: ReactNode };

export async function BrandHeader({ brand, locale, roles, canManage, links }: Props) {
  const t = await getTranslations({ locale, namespace: "brand" });
  const tr = await getTranslations({ locale, namespace: "roles" });
  const ts = await getTranslations({ locale, namespace: "sectors" });
  return (
    <header className="rounded-lg border border-line bg-white p-5 shadow-xs" style={{ borderTopColor: brand.color, borderTopWidth: 4 }}>
      <div className="flex flex-wrap items-start gap-4">
        <BrandMark name={brand.name} color={brand.color} logoUrl={brand.logoUrl} size={52} />
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-semibold tracking-tight">{brand.name}</h1>
          {brand.sector ? (
            <p className="text-sm text-muted">
              <span className="sr-only">{t("sector")}: </span>
              {ts.has(brand.sector) ? ts(brand.sector) : brand.sector}
            </p>
          ) : null}
          <p className="mt-2 max-w-2xl text-sm text-gray-700">{pickLocalized(brand.description, locale)}</p>
          {roles.length ? (
            <p className="mt-3 flex flex-wrap items-center gap-1.5 text-xs text-muted">
              {t("yourRoles")}:{" "}
              {roles.map((role) => (
                <RoleBadge key={role} role={role} label={tr(role)} />
              ))}
            </p>
          ) : null}
        </div>
        {links}
        {canManage ? (
          <Link href={`/b/${brand.slug}/settings`} className={buttonStyles.secondary}>
            <GearIcon /> {t("settings")}
          </Link>
        ) : null}
      </div>
    </header>
  );
}
