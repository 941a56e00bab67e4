import type { TestProject } from "vitest/node";
import { openDatabase, readDatabaseOptions } from "../../src/db/client.js";
import { createDatabase, dropDatabase } from "../../scripts/support/postgres.js";

// On a PostgreSQL run, migrate one template database; each test file then
// copies it (CREATE DATABASE ... TEMPLATE), which is much faster than
// migrating a database per file.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.COLLOQUY_TEST_DATABASE !== "postgresql") {
    project.provide("postgresTemplate", "");
    return async () => {};
  }
  const template = await createDatabase("colloquy_template");
  const db = await openDatabase(template.url, readDatabaseOptions({}));
  await db.close();
  project.provide("postgresTemplate", template.name);
  return () => dropDatabase(template.name);
}
