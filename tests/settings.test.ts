import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { README_SETTINGS, readConfig, SETTINGS, settingsTable } from "../src/config.js";

// Settings are read once, by src/config.ts, from one table that also makes
// the README's list of them (tests/architecture.test.ts holds that nothing
// else reads the environment).

const root = fileURLToPath(new URL("..", import.meta.url));

describe("settings", () => {
  it("are listed in the README exactly as SETTINGS describes them (run `npm run docs:settings`)", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const start = readme.indexOf(README_SETTINGS.start);
    const end = readme.indexOf(README_SETTINGS.end);
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(readme.indexOf("\n", start) + 1, end).trimEnd()).toBe(settingsTable());
  });

  it("are named in docs/ only as SETTINGS names them", () => {
    // The test harness's own variables (scripts/test.ts, tests/support/) are not Colloquy's settings.
    const harness = ["COLLOQUY_REQUIRE_POSTGRES", "COLLOQUY_TEST_POSTGRES_URL", "COLLOQUY_TEST_ONLY", "COLLOQUY_TEST_DATABASE"];
    const named = new Set([...Object.values(SETTINGS).map((setting) => setting.name), ...harness]);
    for (const doc of ["docs/deploy.md", "docs/security.md"]) {
      const text = readFileSync(path.join(root, doc), "utf8");
      const mentioned = [...text.matchAll(/`((?:COLLOQUY|DATABASE)_[A-Z_]+)`/g)].map((m) => m[1]!);
      expect(mentioned.filter((name) => !named.has(name)), doc).toEqual([]);
    }
  });

  it("name each variable once", () => {
    const names = Object.values(SETTINGS).map((setting) => setting.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("give the database's provider, pool, replicas and migration choice with the rest", () => {
    const config = readConfig({
      DATABASE_URL: "postgresql://u@db.example:5432/blog",
      DATABASE_REPLICA_URLS: "postgresql://u@r1.example/blog, postgresql://u@r2.example/blog",
      DATABASE_POOL_SIZE: "3",
      COLLOQUY_MIGRATE_ON_START: "off",
      LOG_LEVEL: "warn",
    });
    expect(config.database).toMatchObject({
      url: "postgresql://u@db.example:5432/blog",
      provider: "postgresql",
      pool: { size: 3 },
      replicas: ["postgresql://u@r1.example/blog", "postgresql://u@r2.example/blog"],
      migrateOnStart: false,
    });
    expect(config.logLevel).toBe("warn");
    expect(readConfig({}).database).toMatchObject({ provider: "sqlite", replicas: [], migrateOnStart: true });
    expect(() => readConfig({ DATABASE_URL: "mysql://x/y" })).toThrow(/DATABASE_URL/);
    expect(() => readConfig({ DATABASE_REPLICA_URLS: "postgresql://r/blog" })).toThrow(/DATABASE_REPLICA_URLS needs a PostgreSQL/);
    expect(() => readConfig({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
