import { mkdirSync } from "node:fs";
import path from "node:path";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import { PrismaClient as GeneratedClient } from "../generated/prisma/client.js";
import { postgresReader, sqliteReader, type DirectReader } from "./direct-reads.js";
import { migrateDatabase, pendingMigrationsOf } from "./migrate.js";
import { providerOfUrl, type Provider } from "./providers.js";
import { countSqlStatements } from "./query-stats.js";

/**
 * A client that openDatabase opened: Prisma's, the SQL dialect it speaks, for
 * the statements written by hand in each database's natural form, and the
 * direct reader the loaders send those statements through (direct-reads.ts).
 */
export type PrismaClient = GeneratedClient & { readonly dialect: Provider; readonly reads: DirectReader };
export type { Provider };

export const defaultDatabaseUrl = "file:./data/colloquy.db";

/** How many connections each PostgreSQL pool holds and how long they wait. SQLite has one connection and ignores these. */
export interface PoolSettings {
  /** Connections per pool, per instance (`DATABASE_POOL_SIZE`, default 10). */
  size: number;
  /** How long a query waits for a free connection before failing (`DATABASE_POOL_TIMEOUT_MS`, default 10,000). */
  acquireTimeoutMs: number;
  /** Idle connections are closed after this long (`DATABASE_IDLE_TIMEOUT_MS`, default 30,000). */
  idleTimeoutMs: number;
  /** The server cancels a statement that runs longer (`DATABASE_STATEMENT_TIMEOUT_MS`, default 30,000; 0 turns it off). */
  statementTimeoutMs: number;
}

/** Where the database is and how to reach it: from readConfig (src/config.ts), or databaseConfig for a URL of one's own. */
export interface DatabaseConfig {
  url: string;
  /** Worked out once, from the URL. */
  provider: Provider;
  pool: PoolSettings;
  /** Read replicas of the primary, PostgreSQL only. */
  replicas: string[];
  /** Apply pending migrations on open. */
  migrateOnStart: boolean;
}

export const defaultPoolSettings: PoolSettings = { size: 10, acquireTimeoutMs: 10_000, idleTimeoutMs: 30_000, statementTimeoutMs: 30_000 };

export interface Database {
  /** The primary: every write, and every read that must see the latest write. */
  prisma: PrismaClient;
  provider: Provider;
  /** Read replicas, possibly behind the primary. Empty when none are configured. */
  replicas: PrismaClient[];
  /** Human-readable location, without credentials. */
  description: string;
  close(): Promise<void>;
}

/**
 * The database behind `url`, with the default pool, no replicas and
 * migrations on open unless `overrides` say otherwise. Refuses a URL no
 * provider serves, and replicas that are not PostgreSQL.
 */
export function databaseConfig(url: string, overrides: Partial<Omit<DatabaseConfig, "url" | "provider">> = {}): DatabaseConfig {
  const provider = providerOfUrl(url);
  if (!provider) {
    throw new Error(
      `DATABASE_URL must be a SQLite "file:" URL (for example ${defaultDatabaseUrl}) or a "postgresql://" URL; got "${url.split(":")[0]}:..."`,
    );
  }
  const replicas = overrides.replicas ?? [];
  if (replicas.length && provider !== "postgresql") throw new Error("DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL.");
  if (replicas.some((replica) => providerOfUrl(replica) !== "postgresql")) throw new Error("Every DATABASE_REPLICA_URLS entry must be a postgresql:// URL.");
  return { url, provider, pool: overrides.pool ?? defaultPoolSettings, replicas, migrateOnStart: overrides.migrateOnStart ?? true };
}

/** A URL with its password (and user) left out, for logs and messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}${parsed.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}

/** The client an interactive transaction hands its callback. */
export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Which SQL a transaction's client speaks. Prisma's proxy passes reads of the
 * client's own properties through, so the `dialect` openDatabase gave the
 * client is there; a client opened some other way carries none, and is refused.
 */
export function dialectOf(tx: TransactionClient): Provider {
  const dialect = (tx as { dialect?: unknown }).dialect;
  if (dialect !== "sqlite" && dialect !== "postgresql") throw new Error("This client was not opened by openDatabase: it carries no dialect.");
  return dialect;
}

const withDialect = (client: GeneratedClient, dialect: Provider, reads: DirectReader): PrismaClient =>
  Object.defineProperties(client, {
    dialect: { value: dialect, enumerable: false },
    reads: { value: reads, enumerable: false },
  }) as PrismaClient;

/**
 * SQLite write transactions that take the write lock when they begin, as
 * BEGIN IMMEDIATE would (the adapter issues a plain, deferred BEGIN). A
 * deferred transaction reads from a snapshot and asks for the lock only at
 * its first write; if another connection (a CLI, another process) committed
 * in between, SQLite fails that write with SQLITE_BUSY_SNAPSHOT at once, busy
 * timeout or not. Taking the lock first makes such a writer wait its turn
 * instead, and then read what the other one committed. Every interactive
 * transaction in Colloquy writes, so none is serialized needlessly.
 */
function writeLockedTransactions(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const lockOnBegin = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (property !== "startTransaction" || typeof value !== "function") {
          return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        }
        return async (...args: unknown[]) => {
          const transaction = (await (value as (...a: unknown[]) => Promise<Transaction>).apply(target, args)) as Transaction;
          // A write statement, even one that matches no row, takes the write lock.
          await transaction.executeRaw({ sql: 'UPDATE "Site" SET "id" = "id" WHERE 0', args: [], argTypes: [] });
          return transaction;
        };
      },
    });
  return new Proxy(factory, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === "connect" && typeof value === "function") {
        return async () => lockOnBegin(await (value as () => Promise<SqlDriverAdapter>).apply(target));
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

interface Opened {
  factory: SqlMigrationAwareDriverAdapterFactory;
  client(factory: SqlMigrationAwareDriverAdapterFactory): Promise<GeneratedClient>;
  /** The direct reader, opened once the database exists (after migrating), and how to close what it holds. */
  reader(): { reads: DirectReader; close(): Promise<void> };
  description: string;
}

// The one place that knows which driver adapter serves which provider.
async function adapterFor(provider: Provider, url: string, pool: PoolSettings): Promise<Opened> {
  if (provider === "sqlite") {
    const file = url.slice("file:".length);
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    return {
      factory: new PrismaBetterSqlite3({ url, timeout: 5000 }, { timestampFormat: "unixepoch-ms" }),
      client: async (factory) => new GeneratedClient({ adapter: factory }),
      reader: () => {
        const reads = sqliteReader(file, 5000);
        return { reads, close: () => reads.close() };
      },
      description: `SQLite ${file}`,
    };
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  // The PostgreSQL client is generated from the same model (see providers.ts).
  const generated = await import("../generated/prisma-postgresql/client.js");
  // One pool, made here and handed to the adapter, so that Prisma and the direct reader share its connections.
  const { default: pg } = await import("pg");
  const shared = new pg.Pool({
    connectionString: url,
    max: pool.size,
    connectionTimeoutMillis: pool.acquireTimeoutMs,
    idleTimeoutMillis: pool.idleTimeoutMs,
    ...(pool.statementTimeoutMs > 0 ? { statement_timeout: pool.statementTimeoutMs } : {}),
    application_name: "colloquy",
  });
  // An idle connection that breaks is dropped by the pool; without a listener its error would end the process.
  shared.on("error", () => undefined);
  return {
    // The adapter ends the pool when Prisma disconnects (and when a migration's adapter is done with it).
    factory: new PrismaPg(shared, { disposeExternalPool: true }),
    client: async (factory) => new generated.PrismaClient({ adapter: factory }) as unknown as GeneratedClient,
    reader: () => ({ reads: postgresReader(shared), close: () => Promise.resolve() }),
    description: `PostgreSQL ${describeUrl(url)}`,
  };
}

/**
 * Migrations run without the statement timeout: building an index on a large
 * table may take longer, and so may waiting for another instance's migration.
 */
const forMigrating = (pool: PoolSettings): PoolSettings => ({ ...pool, statementTimeoutMs: 0 });

/** Apply the pending migrations to the database; the names of those applied. For `npm run migrate`. */
export async function migrateDatabaseAt(database: DatabaseConfig): Promise<string[]> {
  return migrateDatabase((await adapterFor(database.provider, database.url, forMigrating(database.pool))).factory);
}

/** The migrations the database has not applied yet. */
export async function pendingMigrationsAt(database: DatabaseConfig): Promise<string[]> {
  return pendingMigrationsOf((await adapterFor(database.provider, database.url, { ...defaultPoolSettings, size: 1 })).factory);
}

/**
 * Open the database, migrating it first (unless told not to), so that every
 * entry point (server, CLIs, tests, benchmark) works on a fresh or an
 * existing database alike. Replicas are opened, never migrated.
 */
export async function openDatabase(database: DatabaseConfig): Promise<Database> {
  const { url, provider, pool } = database;
  const primary = await adapterFor(provider, url, pool);
  if (database.migrateOnStart) await migrateDatabaseAt(database);
  // Migrations run on their own adapter above; the lock-on-begin needs the tables they create.
  const primaryReader = primary.reader();
  const prisma = withDialect(
    await primary.client(countSqlStatements(provider === "sqlite" ? writeLockedTransactions(primary.factory) : primary.factory)),
    provider,
    primaryReader.reads,
  );
  if (provider === "sqlite") {
    // WAL lets readers proceed while a write commits; the setting persists in the file.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    // FULL: each commit is synced to the WAL file before it is acknowledged, so
    // an acknowledged write survives a crash of the process or of the machine.
    // (NORMAL, the usual WAL choice, can lose the last commits on power loss.)
    // The busy timeout (5 s, set on the adapter above) makes a writer wait for
    // another one instead of failing with SQLITE_BUSY.
    await prisma.$executeRawUnsafe("PRAGMA synchronous = FULL");
  }
  const replicas: PrismaClient[] = [];
  const readers = [primaryReader];
  for (const replicaUrl of database.replicas) {
    const replica = await adapterFor("postgresql", replicaUrl, pool);
    const reader = replica.reader();
    readers.push(reader);
    replicas.push(withDialect(await replica.client(countSqlStatements(replica.factory)), "postgresql", reader.reads));
  }
  return {
    prisma,
    provider,
    replicas,
    description: primary.description + (replicas.length ? ` (+${replicas.length} read replica${replicas.length > 1 ? "s" : ""})` : ""),
    close: async () => {
      await Promise.all([prisma.$disconnect(), ...replicas.map((r) => r.$disconnect())]);
      await Promise.all(readers.map((reader) => reader.close()));
    },
  };
}
