import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds without an exports map: Node (and so
    // graphql-yoga) loads the CJS one, Vite would pick the ESM one. Two copies
    // mean two GraphQLError classes, and yoga would mask Colloquy's own errors.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // CI also keeps a machine-readable report, summarized by scripts/test-summary.mjs.
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results/vitest.json" }]] : ["default"],
    env: { NODE_ENV: "test" },
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
