import "server-only";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { clientIpFrom } from "../auth/client-ip";
import { getViewer } from "../auth/get-viewer";
import type { Ctx } from "../context";
import { isPeerdeskError } from "../errors";
import { fieldErrorsOf } from "../validation/parse-input";
import type { ActionState } from "./action-state";

const SECRET_FIELD = /password|secret|token/i;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = value;
  }
  return values;
}

function keptValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELD.test(key)));
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

function translateFieldErrors(t: Translate, errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([field, keys]) => [field, keys.map((k) => t(k))]));
}

type Options = { success?: string };

// Every server action: session → parse → verb → one result shape with messages in the member's language.
export function action<S extends z.ZodType, R>(schema: S, run: (input: z.output<S>, ctx: Ctx) => Promise<R>, options: Options = {}) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const tRaw = await getTranslations();
    const t: Translate = (key, values) => (tRaw.has(key) ? tRaw(key, values) : tRaw("errors.unexpected"));
    const raw = formValues(formData);
    const values = keptValues(raw);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { status: "error", message: t("errors.validation"), fieldErrors: translateFieldErrors(t, fieldErrorsOf(parsed.error)), values };
    }
    try {
      const ctx: Ctx = { viewer: await getViewer(), ip: clientIpFrom(await headers()) };
      await run(parsed.data, ctx);
      refresh();
      return { status: "ok", message: options.success ? t(options.success) : undefined };
    } catch (error) {
      unstable_rethrow(error);
      if (isPeerdeskError(error)) {
        const retry = "retryAfterSeconds" in error ? { minutes: Math.ceil(Number(error.retryAfterSeconds) / 60) } : undefined;
        return {
          status: "error",
          message: t(error.messageKey, retry ?? error.messageValues),
          fieldErrors: translateFieldErrors(t, error.fieldErrors),
          values,
        };
      }
      console.error("[action] unexpected error", error);
      return { status: "error", message: t("errors.unexpected"), values };
    }
  };
}
