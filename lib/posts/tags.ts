import { TAG_MAX_LENGTH } from "./constants";

// Tags are lower case, words joined by hyphens, letters (accents kept), digits and . + # only.
export function normalizeTag(raw: string): string {
  const cleaned = raw
    .trim()
    .toLowerCase()
    .normalize("NFC")
    .replace(/\s+/g, "-")
    .replace(/[^\p{L}\p{M}\p{N}.+#-]/gu, "")
    .replace(/-+/g, "-");
  // Cut by code points (never half a letter outside the BMP), then trim, so a cut never leaves a trailing hyphen.
  return Array.from(cleaned)
    .slice(0, TAG_MAX_LENGTH)
    .join("")
    .replace(/^-+|-+$/g, "");
}

export function parseTags(raw: string | string[]): string[] {
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((p) => p.split(/[,;\n]+/));
  const seen = new Set<string>();
  for (const part of parts) {
    const tag = normalizeTag(part);
    if (tag) seen.add(tag);
  }
  return [...seen];
}
