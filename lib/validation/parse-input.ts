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

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}
