// What a member typed, made safe to hand to websearch_to_tsquery and pg_trgm: never an error, whatever it holds.
export const MAX_QUERY_CHARS = 200;

export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== "string") return "";
  return raw
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Co}]/gu, " ") // control characters (PostgreSQL refuses NUL) and private-use ones (our highlight markers)
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_CHARS)
    .trim();
}

// Words of a text (letters and digits of any script), for an "any of these words" query.
export function wordsOf(text: string, max: number): string[] {
  const words =
    normalizeQuery(text.slice(0, 5_000))
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 1))].slice(0, max);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const MARK_START = "\uE000";
export const MARK_STOP = "\uE001";

// ts_headline marks matches with private-use characters; the text is escaped, then they become <mark>.
export function markedToHtml(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_STOP, "</mark>");
}
