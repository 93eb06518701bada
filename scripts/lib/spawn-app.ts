import { type ChildProcess, type StdioOptions, spawn } from "node:child_process";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

// The built app behind scripts/serve.ts (the page cache in front of Next), or `next dev`.
export function spawnApp(options: { port: number | string; dev?: boolean; env?: Record<string, string>; stdio?: StdioOptions }): ChildProcess {
  const env = { ...process.env, ...options.env, PORT: String(options.port) };
  const stdio = options.stdio ?? "inherit";
  if (options.dev) return spawn(join(root, "node_modules", ".bin", "next"), ["dev", "-p", String(options.port)], { cwd: root, stdio, env });
  return spawn(join(root, "node_modules", ".bin", "tsx"), [join(root, "scripts", "serve.ts")], { cwd: root, stdio, env });
}
