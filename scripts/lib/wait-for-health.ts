import { setTimeout as sleep } from "node:timers/promises";

/** Polls `url` until it answers 200; resolves false after `timeoutMs`. */
export async function waitForHealth(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  return false;
}
