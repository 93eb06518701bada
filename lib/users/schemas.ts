import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "../auth/password-rules";
import { LOCALES } from "../i18n/locales";

export const emailSchema = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.required" })
  .max(254, { error: "validation.email_invalid" })
  .pipe(z.email({ error: "validation.email_invalid" }));

export const SignUpInput = z.object({
  name: z.string({ error: "validation.required" }).trim().min(2, { error: "validation.name_too_short" }).max(80, { error: "validation.name_too_long" }),
  email: emailSchema,
  password: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(PASSWORD_MAX_LENGTH),
  locale: z.enum(LOCALES).default("es"),
});
export type SignUpInput = z.input<typeof SignUpInput>;

export const SignInInput = z.object({
  email: emailSchema,
  password: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(PASSWORD_MAX_LENGTH),
});
