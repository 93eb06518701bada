import { readFileSync } from "node:fs";
import { join } from "node:path";

let buildId: string | null | undefined;

// Pages name the build's scripts, so a new build never serves pages stored by the old one.
export function currentBuildId(): string | null {
  if (buildId === undefined) {
    try {
      buildId = readFileSync(join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      buildId = null;
    }
  }
  return buildId;
}
