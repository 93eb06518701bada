import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { BODY_MAX, COMMENT_MAX, COMMENT_MIN, EDIT_REASON_MAX, TAGS_MAX, TAGS_MIN, TITLE_MAX, TITLE_MIN } from "./constants";
import { parseTags } from "./tags";

const id = z.coerce.number({ error: "errors.post_not_found" }).int().positive({ error: "errors.post_not_found" });

export const titleSchema = z
  .string({ error: "validation.required" })
  .transform((v) => v.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(TITLE_MIN, { error: "validation.title_too_short" }).max(TITLE_MAX, { error: "validation.title_too_long" }));

export const bodySchema = z
  .string({ error: "validation.required" })
  .max(BODY_MAX, { error: "validation.body_too_long" })
  .transform((v) => v.replace(/\r\n/g, "\n").trim())
  .pipe(z.string().min(1, { error: "validation.body_required" }));

export const tagsSchema = z
  .union([z.string(), z.array(z.string())], { error: "validation.tags_required" })
  .transform((v) => parseTags(v))
  .pipe(z.array(z.string()).min(TAGS_MIN, { error: "validation.tags_required" }).max(TAGS_MAX, { error: "validation.tags_too_many" }));

const idempotencyKey = z.string().trim().max(100).optional();

export const AskInput = z.object({
  brandId: z.uuid({ error: "errors.brand_not_found" }),
  title: titleSchema,
  body: bodySchema,
  tags: tagsSchema,
  categoryId: z
    .union([z.uuid({ error: "validation.category_invalid" }), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
  locale: z.enum(LOCALES, { error: "validation.invalid" }),
  idempotencyKey,
});

export const AnswerInput = z.object({ questionId: id, body: bodySchema, idempotencyKey });

export const CommentInput = z.object({
  postId: id,
  body: z
    .string({ error: "validation.required" })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(COMMENT_MIN, { error: "validation.comment_too_short" }).max(COMMENT_MAX, { error: "validation.comment_too_long" })),
});

export const EditInput = z.object({
  postId: id,
  title: titleSchema.optional(),
  body: bodySchema,
  tags: tagsSchema.optional(),
  reason: z.string().trim().max(EDIT_REASON_MAX, { error: "validation.too_long" }).optional(),
});

export const VoteInput = z.object({
  postId: id,
  // An empty or missing value is refused rather than read as 0 (which would withdraw the vote).
  value: z
    .union([z.number(), z.string().trim().min(1)], { error: "validation.invalid" })
    .pipe(z.coerce.number())
    .pipe(z.union([z.literal(1), z.literal(-1), z.literal(0)], { error: "validation.invalid" })),
});

export const PostIdInput = z.object({ postId: id });
export const QuestionIdInput = z.object({ questionId: id });
