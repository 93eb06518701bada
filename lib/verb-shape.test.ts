import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const LIB = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

// A verb is any module that opens a transaction through the shared helper.
const verbs = sourceFiles(LIB)
  .filter((file) => readFileSync(file, "utf8").includes("withTransaction(ctx"))
  .map((file) => ({ file: relative(LIB, file), source: readFileSync(file, "utf8") }));

describe("every verb keeps the shape: guardian, parsed input, audit row", () => {
  it("finds the verbs", () => {
    expect(verbs.length).toBeGreaterThanOrEqual(8);
  });

  it.each(verbs)("$file asks the guardian", ({ source }) => {
    expect(source).toMatch(/guardianOf\(ctx\)/);
  });

  it.each(verbs)("$file parses its input with zod", ({ source }) => {
    expect(source).toMatch(/parseInput\(/);
  });

  it.each(verbs)("$file writes an audit row", ({ source }) => {
    // recordSignUp writes the audit row (and the welcome job) for both ways of signing up.
    expect(source).toMatch(/\brecord(Audit|SignUp)\(tx,/);
  });

  it.each(verbs)("$file is server-only", ({ source }) => {
    expect(source.startsWith('import "server-only";')).toBe(true);
  });
});
