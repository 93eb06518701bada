import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: [
      // `server-only` throws outside a React server bundle; tests import server modules directly.
      { find: /^server-only$/, replacement: `${root}/scripts/lib/empty-module.ts` },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: "scripts/vitest-global-setup.ts",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    fileParallelism: true,
  },
});
