// Plain text from Markdown, good enough for descriptions and list excerpts: marks stripped, spaces folded.
export function excerptOf(markdown: string, max = 200): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    // Block marks only where Markdown reads them (line starts); list items keep a separator so they don't run together.
    .replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$/gm, "$1;")
    .replace(/^\s{0,3}(?:#{1,6}|>+)\s*/gm, "")
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|?)+\s*$/gm, " ")
    .replace(/(\*\*|__|~~|`)/g, "")
    .replace(/(^|\s)[*_](\S)/g, "$1$2")
    .replace(/(\S)[*_](?=\s|$|[.,;:!?])/g, "$1")
    .replace(/\s+/g, " ")
    .replace(/;\s*$/, "")
    .trim();
  // Counted in code points, so the cut never leaves half an emoji behind.
  const chars = Array.from(text);
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`
    : text;
}
