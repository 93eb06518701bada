// The parser next-intl itself uses (use-intl → intl-messageformat), so what parses here parses at runtime.
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import es from "../../messages/es.json";

const CATALOGUES = { es, en } as const;
type Locale = keyof typeof CATALOGUES;

function flatten(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const FLAT = { es: flatten(es), en: flatten(en) } satisfies Record<Locale, Map<string, unknown>>;
const LOCALES = Object.keys(CATALOGUES) as Locale[];

// Argument names ({name}, {count, plural, …}) and rich-text tags (<b>…</b>), nested ones included.
function placeholdersOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        out.add(`{${element.value}}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        out.add(`{${element.value}}`);
        for (const option of Object.values(element.options)) placeholdersOf(option.value, out);
        break;
      case TYPE.tag:
        out.add(`<${element.value}>`);
        placeholdersOf(element.children, out);
        break;
    }
  }
  return out;
}

describe("message catalogues", () => {
  it("have the same keys in every language", () => {
    const missing = Object.fromEntries(
      LOCALES.map((locale) => {
        const others = LOCALES.filter((l) => l !== locale).flatMap((l) => [...FLAT[l].keys()]);
        return [`missing in ${locale}`, [...new Set(others)].filter((key) => !FLAT[locale].has(key)).sort()];
      }),
    );
    expect(missing).toEqual(Object.fromEntries(LOCALES.map((locale) => [`missing in ${locale}`, []])));
  });

  it("hold only non-empty strings", () => {
    const bad = LOCALES.flatMap((locale) =>
      [...FLAT[locale]]
        .filter(([, value]) => typeof value !== "string" || value.trim() === "")
        .map(([key, value]) => `${locale}:${key} = ${JSON.stringify(value)}`),
    );
    expect(bad).toEqual([]);
  });

  it("hold only valid ICU messages", () => {
    const broken: string[] = [];
    for (const locale of LOCALES) {
      for (const [key, value] of FLAT[locale]) {
        try {
          parse(String(value));
        } catch (error) {
          broken.push(`${locale}:${key}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("use the same placeholders for the same key in every language", () => {
    const mismatches: string[] = [];
    for (const [key, esValue] of FLAT.es) {
      const enValue = FLAT.en.get(key);
      if (typeof esValue !== "string" || typeof enValue !== "string") continue;
      let esPlaceholders: string[];
      let enPlaceholders: string[];
      try {
        esPlaceholders = [...placeholdersOf(parse(esValue))].sort();
        enPlaceholders = [...placeholdersOf(parse(enValue))].sort();
      } catch {
        continue; // reported by the ICU test above
      }
      if (esPlaceholders.join() !== enPlaceholders.join()) mismatches.push(`${key}: es [${esPlaceholders.join(", ")}] ≠ en [${enPlaceholders.join(", ")}]`);
    }
    expect(mismatches).toEqual([]);
  });

  it("finds placeholders inside plural branches and tags", () => {
    const found = placeholdersOf(parse("{count, plural, one {<b>{name}</b> and # more} other {{name}}} {when, date}"));
    expect([...found].sort()).toEqual(["<b>", "{count}", "{name}", "{when}"]);
  });
});
