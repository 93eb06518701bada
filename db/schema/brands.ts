import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../lib/i18n/locales";
import { BRAND_ROLES } from "../../lib/permissions/roles";
import { localeEnum, users } from "./users";

export const brandRoleEnum = pgEnum("brand_role", BRAND_ROLES);

export const brands = pgTable(
  "brands",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    description: jsonb().$type<LocalizedText>().notNull().default({}),
    color: text().notNull().default("#2563eb"),
    logoUrl: text(),
    sector: text(),
    defaultLocale: localeEnum().notNull().default("es"),
    // How long a company verification holds before it must be looked at again; null means it does not expire.
    verificationTtlDays: integer(),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("brands_slug_key").on(sql`lower(${t.slug})`)],
);

export const categories = pgTable(
  "categories",
  {
    id: uuid().primaryKey().defaultRandom(),
    brandId: uuid()
      .notNull()
      .references(() => brands.id),
    slug: text().notNull(),
    name: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull().default({}),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("categories_brand_slug_key").on(t.brandId, t.slug)],
);

export const brandMemberships = pgTable(
  "brand_memberships",
  {
    brandId: uuid()
      .notNull()
      .references(() => brands.id),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: brandRoleEnum().notNull(),
    grantedById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.brandId, t.userId, t.role] }), index().on(t.userId)],
);

export type Brand = typeof brands.$inferSelect;
export type NewBrand = typeof brands.$inferInsert;
export type Category = typeof categories.$inferSelect;
export type BrandMembership = typeof brandMemberships.$inferSelect;
