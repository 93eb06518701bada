import { existsSync } from "node:fs";

/** The first Chromium that exists: $PLAYWRIGHT_CHROMIUM_PATH, Debian's, then Playwright's own download. */
export async function findChromium(): Promise<string | undefined> {
  for (const candidate of [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const { chromium } = await import("@playwright/test");
    const bundled = chromium.executablePath();
    return existsSync(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
}
