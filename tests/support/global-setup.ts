import type { TestProject } from "vitest/node";
import { databaseConfig, openDatabase } from "../../src/db/client.js";
import { randomBytes } from "node:crypto";
import { createDatabase, dropDatabase, dropDatabasesStartingWith } from "../../scripts/support/postgres.js";

// On a PostgreSQL run, migrate one template database; each test file then
// copies it (CREATE DATABASE ... TEMPLATE), which is much faster than
// migrating a database per file.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.COLLOQUY_TEST_DATABASE !== "postgresql") {
    project.provide("postgresTemplate", "");
    project.provide("postgresPrefix", "");
    return async () => {};
  }
  const template = await createDatabase("colloquy_template");
  const db = await openDatabase(databaseConfig(template.url));
  await db.close();
  // Every database this run creates starts with this, so the teardown can
  // drop what a crashed or interrupted test file left behind.
  const prefix = `colloquy_t${randomBytes(3).toString("hex")}`;
  project.provide("postgresTemplate", template.name);
  project.provide("postgresPrefix", prefix);
  return async () => {
    await dropDatabasesStartingWith(`${prefix}_`);
    await dropDatabase(template.name);
  };
}
