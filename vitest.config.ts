import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    env: { NODE_ENV: "test" },
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
