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

// Fills simple ICU placeholders ({name}); plural forms go through `plural`.
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

// One flat ICU plural ("{count, plural, =0 {…} one {# …} other {# …}}"), as the catalogues write them.
export function plural(template: string, locale: Locale, count: number): string {
  const match = /^\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}$/.exec(template);
  if (!match) throw new Error(`not a flat plural message: ${template}`);
  const forms = new Map([...match[2]!.matchAll(/(=\d+|\w+)\s*\{([^{}]*)\}/g)].map((m) => [m[1]!, m[2]!] as const));
  const form = forms.get(`=${count}`) ?? forms.get(new Intl.PluralRules(locale).select(count)) ?? forms.get("other");
  if (form === undefined) throw new Error(`no form for ${count} in ${template}`);
  return form.replace(/#/g, new Intl.NumberFormat(locale).format(count));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function localeOfUrl(url: string): Locale {
  const first = new URL(url).pathname.split("/")[1];
  if (first === "es" || first === "en") return first;
  throw new Error(`no locale prefix in ${url}`);
}
