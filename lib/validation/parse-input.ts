import type { z } from "zod";
import { type FieldErrors, ValidationError } from "../errors";

// Zod messages are catalogue keys; anything else (a built-in message) becomes a generic one.
export function issueKey(message: string): string {
  return message.startsWith("validation.") || message.startsWith("errors.") ? message : "validation.invalid";
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    const key = issueKey(issue.message);
    out[field] ??= [];
    if (!out[field].includes(key)) out[field].push(key);
  }
  return out;
}

// PostgreSQL text and jsonb cannot store U+0000, so a string carrying one is refused here instead of failing as a 500.
function nulFieldErrors(value: unknown, path: string[] = [], out: FieldErrors = {}): FieldErrors {
  if (typeof value === "string") {
    if (value.includes("\u0000")) out[path.length ? path.join(".") : "_form"] = ["validation.invalid"];
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) nulFieldErrors(item, [...path, key], out);
  }
  return out;
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  const nul = nulFieldErrors(result.data);
  if (Object.keys(nul).length) throw new ValidationError(nul);
  return result.data;
}
