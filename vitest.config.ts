import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
// scripts/test.ts runs the suite once per database; this names the run.
const database = process.env.COLLOQUY_TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds without an exports map: Node (and so
    // graphql-yoga) loads the CJS one, Vite would pick the ESM one. Two copies
    // mean two GraphQLError classes, and yoga would mask Colloquy's own errors.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    name: database,
    globalSetup: ["tests/support/global-setup.ts"],
    // CI also keeps a machine-readable report per database, summarized by scripts/test-summary.mjs.
    reporters: process.env.CI ? ["default", ["json", { outputFile: `test-results/vitest-${database}.json` }]] : ["default"],
    env: { NODE_ENV: "test" },
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
