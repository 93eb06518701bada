import en from "../../messages/en.json" with { type: "json" };
import es from "../../messages/es.json" with { type: "json" };

export type Locale = "es" | "en";
export const LOCALES: readonly Locale[] = ["es", "en"];

// The app's own catalogues, so a copy change never needs a test edit (and a missing key fails tsc).
const CATALOGUES = { es, en } as const;
export type Messages = typeof es;

export function messages(locale: Locale): Messages {
  return CATALOGUES[locale];
}

// Fills simple ICU placeholders ({name}); plural forms are never asserted through this.
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function localeOfUrl(url: string): Locale {
  const first = new URL(url).pathname.split("/")[1];
  if (first === "es" || first === "en") return first;
  throw new Error(`no locale prefix in ${url}`);
}
