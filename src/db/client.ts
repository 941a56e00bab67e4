import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client.js";
import { migrateDatabase } from "./migrate.js";
import { countSqlStatements } from "./query-stats.js";

export type { PrismaClient };

export const defaultDatabaseUrl = "file:./data/colloquy.db";

export interface Database {
  prisma: PrismaClient;
  /** Human-readable location, without credentials. */
  description: string;
  close(): Promise<void>;
}

// The one place that knows which driver adapter serves which DATABASE_URL.
function adapterFor(url: string): { factory: SqlMigrationAwareDriverAdapterFactory; description: string } {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return {
      factory: new PrismaBetterSqlite3({ url, timeout: 5000 }, { timestampFormat: "unixepoch-ms" }),
      description: `SQLite ${file}`,
    };
  }
  throw new Error(
    `DATABASE_URL must be a SQLite "file:" URL (for example ${defaultDatabaseUrl}); got "${url.split(":")[0]}:..."`,
  );
}

/**
 * Open the database behind `url`, migrating it first, so that every entry point
 * (server, CLIs, tests, benchmark) works on a fresh or an existing file alike.
 */
export async function openDatabase(url = process.env.DATABASE_URL ?? defaultDatabaseUrl): Promise<Database> {
  const { factory, description } = adapterFor(url);
  await migrateDatabase(factory);
  const prisma = new PrismaClient({ adapter: countSqlStatements(factory) });
  // WAL lets readers proceed while a write commits; the setting persists in the file.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  // FULL: each commit is synced to the WAL file before it is acknowledged, so
  // an acknowledged write survives a crash of the process or of the machine.
  // (NORMAL, the usual WAL choice, can lose the last commits on power loss.)
  // The busy timeout (5 s, set on the adapter above) makes a writer wait for
  // another one instead of failing with SQLITE_BUSY.
  await prisma.$executeRawUnsafe("PRAGMA synchronous = FULL");
  return {
    prisma,
    description,
    close: () => prisma.$disconnect(),
  };
}
