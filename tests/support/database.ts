import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { databaseConfig, defaultPoolSettings, openDatabase, type Database, type DatabaseConfig } from "../../src/db/client.js";
import { createDatabase, dropDatabase } from "../../scripts/support/postgres.js";

// Which database this run of the suite uses. `npm test` runs the whole suite
// twice: on SQLite files, then on PostgreSQL (scripts/test.ts). Every test file
// gets a fresh database of its own: a new SQLite file, or a new PostgreSQL
// database copied from a template that global-setup.ts migrated once.

export type TestProvider = "sqlite" | "postgresql";

export const testProvider: TestProvider = process.env.COLLOQUY_TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";

export interface TestDatabaseUrl {
  url: string;
  /** Remove the database (and its files). */
  drop(): Promise<void>;
}

/** A fresh, empty database's URL, on this run's provider. With `migrated` (PostgreSQL only) it is a copy of the migrated template. */
export async function freshDatabaseUrl(options: { migrated?: boolean } = {}): Promise<TestDatabaseUrl> {
  if (testProvider === "postgresql") {
    const template = options.migrated === false ? undefined : inject("postgresTemplate");
    const created = await createDatabase(inject("postgresPrefix") || "colloquy_test", template || undefined);
    return { url: created.url, drop: () => dropDatabase(created.name) };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-test-"));
  return { url: `file:${path.join(dir, "colloquy.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh database, migrated and open. */
export async function openTestDatabase(
  options: Partial<Omit<DatabaseConfig, "url" | "provider">> = {},
): Promise<{ db: Database; url: string; drop(): Promise<void> }> {
  const fresh = await freshDatabaseUrl();
  const db = await openDatabase(databaseConfig(fresh.url, { pool: { ...defaultPoolSettings, size: 4 }, ...options }));
  return { db, url: fresh.url, drop: fresh.drop };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated PostgreSQL database every test file's database is copied from; "" on SQLite runs. */
    postgresTemplate: string;
    /** How this run's PostgreSQL databases are named; "" on SQLite runs. */
    postgresPrefix: string;
  }
}
