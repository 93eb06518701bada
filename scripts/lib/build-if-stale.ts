import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { run } from "./run";

const SOURCE_DIRS = ["app", "components", "lib", "db", "messages", "public"];
const SOURCE_FILES = ["next.config.ts", "proxy.ts", "instrumentation.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];

/** Runs `next build` when .next/BUILD_ID is missing or older than any source; returns whether it built. */
export async function buildIfStale(root: string): Promise<boolean> {
  const buildId = join(root, ".next", "BUILD_ID");
  if (existsSync(buildId)) {
    const builtAt = statSync(buildId).mtimeMs;
    const paths = [...SOURCE_DIRS, ...SOURCE_FILES].map((path) => join(root, path));
    if (!paths.some((path) => newestMtime(path) > builtAt)) return false;
  }
  const code = await run(join(root, "node_modules", ".bin", "next"), ["build"]);
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  return true;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}
