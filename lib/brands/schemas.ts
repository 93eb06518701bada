import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { GRANTABLE_BRAND_ROLES } from "../permissions/roles";
import { emailSchema } from "../users/schemas";
import { verificationTtlDaysSchema } from "../verifications/schemas";
import { SECTORS } from "./sectors";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.too_long" })
    .optional()
    .transform((v) => v || undefined);

export const slugSchema = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(2, { error: "validation.slug_invalid" })
  .max(40, { error: "validation.slug_invalid" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "validation.slug_invalid" });

const colorSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: "validation.color_invalid" });

const brandFields = {
  name: z.string({ error: "validation.required" }).trim().min(2, { error: "validation.required" }).max(60, { error: "validation.too_long" }),
  descriptionEs: optionalText(500),
  descriptionEn: optionalText(500),
  color: colorSchema,
  logoUrl: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^https?$/, error: "validation.url_invalid" }).optional()),
  sector: z
    .enum(SECTORS, { error: "validation.invalid" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  defaultLocale: z.enum(LOCALES).default("es"),
};

export const CreateBrandInput = z.object({ ...brandFields, slug: slugSchema, adminEmail: emailSchema });
export const UpdateBrandInput = z.object({
  ...brandFields,
  brandId: z.uuid({ error: "errors.brand_not_found" }),
  verificationTtlDays: verificationTtlDaysSchema,
});

const categoryFields = {
  nameEs: z.string().trim().max(60, { error: "validation.too_long" }).optional().default(""),
  nameEn: z.string().trim().max(60, { error: "validation.too_long" }).optional().default(""),
  descriptionEs: optionalText(300),
  descriptionEn: optionalText(300),
};

export const AddCategoryInput = z
  .object({ brandId: z.uuid({ error: "errors.brand_not_found" }), slug: slugSchema, ...categoryFields })
  .refine((c) => c.nameEs || c.nameEn, { error: "validation.category_name_required", path: ["nameEs"] });

export const UpdateCategoryInput = z
  .object({ brandId: z.uuid({ error: "errors.brand_not_found" }), categoryId: z.uuid({ error: "errors.not_found" }), ...categoryFields })
  .refine((c) => c.nameEs || c.nameEn, { error: "validation.category_name_required", path: ["nameEs"] });

export const RemoveCategoryInput = z.object({
  brandId: z.uuid({ error: "errors.brand_not_found" }),
  categoryId: z.uuid({ error: "errors.not_found" }),
});

export const GrantRoleInput = z.object({
  brandId: z.uuid({ error: "errors.brand_not_found" }),
  email: emailSchema,
  role: z.enum(GRANTABLE_BRAND_ROLES, { error: "validation.role_invalid" }),
});

export const RevokeRoleInput = z.object({
  brandId: z.uuid({ error: "errors.brand_not_found" }),
  userId: z.uuid({ error: "errors.not_found" }),
  role: z.enum(GRANTABLE_BRAND_ROLES, { error: "validation.role_invalid" }),
});
