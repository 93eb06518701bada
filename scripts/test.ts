import { join, resolve } from "node:path";
import { findChromium } from "./lib/find-chromium";
import { run } from "./lib/run";

const root = resolve(import.meta.dirname, "..");
const bin = (name: string) => join(root, "node_modules", ".bin", name);

async function step(name: string, command: string, args: string[]): Promise<void> {
  const started = performance.now();
  const code = await run(command, args);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (code !== 0) {
    console.error(`✗ ${name} failed (exit ${code}) after ${seconds} s`);
    process.exit(code);
  }
  console.log(`✓ ${name} in ${seconds} s`);
}

process.chdir(root);
await step("typecheck", bin("tsc"), ["--noEmit"]);
await step("lint", bin("biome"), ["check", "."]);
await step("unit + integration", bin("vitest"), ["run"]);

const chromium = await findChromium();
if (!chromium) {
  console.error("No Chromium found: on Debian run `apt-get install -y --no-install-recommends chromium`, or set PLAYWRIGHT_CHROMIUM_PATH");
  process.exit(1);
}
process.env.PLAYWRIGHT_CHROMIUM_PATH = chromium;
await step("e2e", bin("playwright"), ["test"]);
