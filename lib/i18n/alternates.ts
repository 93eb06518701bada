import type { Metadata } from "next";
import { LOCALES, type Locale } from "./locales";

// Canonical and hreflang links for a path given without its locale prefix ("" for home).
export function alternatesFor(path: string, locale: Locale): Metadata["alternates"] {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, `/${l}${path}`]));
  languages["x-default"] = `/es${path}`;
  return { canonical: `/${locale}${path}`, languages };
}
