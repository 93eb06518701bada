import { z } from "zod";

export const NOTE_MAX = 500;
export const APPLIES_TO_MAX = 100;
export const WITHDRAW_REASON_MIN = 3;
export const WITHDRAW_REASON_MAX = 300;
export const TTL_DAYS_MAX = 3650;

const postId = z.coerce.number({ error: "errors.post_not_found" }).int().positive({ error: "errors.post_not_found" });
const brandId = z.uuid({ error: "errors.brand_not_found" });

// null is accepted too: the action parses the form, then the verb parses that result again.
const optionalText = (max: number, error: string) =>
  z
    .string()
    .max(max * 4, { error })
    .transform((v) => v.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().max(max, { error }))
    .nullish()
    .transform((v) => v || null);

// brandId is the brand the form was shown for: a post of another brand is refused rather than verified there.
export const VerifyInput = z.object({
  brandId,
  postId,
  note: optionalText(NOTE_MAX, "validation.verification_note_too_long"),
  appliesTo: optionalText(APPLIES_TO_MAX, "validation.verification_applies_to_too_long"),
});

export const WithdrawVerificationInput = z.object({
  brandId,
  postId,
  reason: z
    .string({ error: "validation.withdraw_reason_too_short" })
    .max(WITHDRAW_REASON_MAX * 4, { error: "validation.withdraw_reason_too_long" })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(WITHDRAW_REASON_MIN, { error: "validation.withdraw_reason_too_short" })
        .max(WITHDRAW_REASON_MAX, { error: "validation.withdraw_reason_too_long" }),
    ),
});

// Empty means the brand's verifications never expire; absent leaves the setting as it is.
export const verificationTtlDaysSchema = z
  .union([z.number(), z.string().trim()], { error: "validation.verification_ttl_invalid" })
  .transform((v) => (v === "" ? null : Number(v)))
  .pipe(
    z
      .number({ error: "validation.verification_ttl_invalid" })
      .int({ error: "validation.verification_ttl_invalid" })
      .min(1, { error: "validation.verification_ttl_invalid" })
      .max(TTL_DAYS_MAX, { error: "validation.verification_ttl_invalid" })
      .nullable(),
  )
  .optional();
