import { randomBytes } from "node:crypto";
import pg from "pg";

// Throwaway PostgreSQL databases for tests, the migration check and the
// multi-instance test: created on the server named by COLLOQUY_TEST_POSTGRES_URL
// (default: the local server, database `test`), dropped afterwards.

export const postgresAdminUrl = process.env.COLLOQUY_TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";

/** The same server, another database. */
export function databaseUrl(name: string, adminUrl = postgresAdminUrl): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>, adminUrl = postgresAdminUrl): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Whether the server answers; the reason when it does not. */
export async function postgresAvailable(adminUrl = postgresAdminUrl): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await admin((client) => client.query("SELECT 1"), adminUrl);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

const quoted = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Not a safe database name: ${name}`);
  return `"${name}"`;
};

/** A new, empty database (or a copy of `template`), with a name no one else uses. */
export async function createDatabase(prefix: string, template?: string): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE ${quoted(name)}${template ? ` TEMPLATE ${quoted(template)}` : ""}`));
  return { name, url: databaseUrl(name) };
}

/** Drop every database whose name starts with `prefix` (for a test run's leftovers). Returns how many. */
export async function dropDatabasesStartingWith(prefix: string): Promise<number> {
  if (!/^[a-z0-9_]+$/.test(prefix)) throw new Error(`Not a safe database name prefix: ${prefix}`);
  const names = await admin(async (client) =>
    (await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix])).rows.map((r) => r.datname),
  );
  for (const name of names) await dropDatabase(name);
  return names.length;
}

/** Drop a database, ending any connection still open to it. */
export async function dropDatabase(name: string): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`));
}
