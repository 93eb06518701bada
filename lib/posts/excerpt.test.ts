import { describe, expect, it } from "vitest";
import { excerptOf } from "./excerpt";

describe("excerptOf", () => {
  it("strips Markdown marks, code blocks and images, keeps link text, folds spaces", () => {
    const md = "# Title\n\nSome **bold** and _it_ [the docs](http://x.test) ![diagram](y.png)\n```js\nsecret()\n```\n> quoted   text";
    expect(excerptOf(md)).toBe("Title Some bold and it the docs quoted text");
  });

  it("keeps plain text as it is", () => {
    expect(excerptOf("Mi router se reinicia cada noche.")).toBe("Mi router se reinicia cada noche.");
    expect(excerptOf("")).toBe("");
    expect(excerptOf("  \n\t ")).toBe("");
  });

  it("never lets a link's address through, javascript: included", () => {
    expect(excerptOf("[x](javascript:alert(1))")).not.toContain("javascript");
    expect(excerptOf("see [here](https://evil.test/path)")).toBe("see here");
  });

  it("shortens long text to the maximum, ending in an ellipsis", () => {
    const out = excerptOf("word ".repeat(100), 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.endsWith("…")).toBe(true);
    expect(out).not.toMatch(/\s…$/);
    expect(excerptOf("a".repeat(200))).toBe("a".repeat(200));
    expect(excerptOf("a".repeat(201))).toBe(`${"a".repeat(199)}…`);
  });

  it("never cuts an emoji in half", () => {
    const out = excerptOf("😀".repeat(300));
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(out).toBe(`${"😀".repeat(199)}…`);
  });
});

describe("excerptOf keeps what is text", () => {
  it("keeps underscores and angle brackets inside words and separates list items", () => {
    expect(excerptOf("<script>window.__xss=1</script>")).toBe("<script>window.xss=1</script>");
    expect(excerptOf("Pasos:\n\n- reiniciar el router\n- cambiar el canal")).toBe("Pasos: reiniciar el router; cambiar el canal");
    expect(excerptOf("a > b and snake_case_name")).toBe("a > b and snake_case_name");
  });
});
