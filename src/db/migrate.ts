import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { providerOfAdapter, type Provider } from "./providers.js";
import { migrationFilters, openSchemaEngine, readMigrationList } from "./schema-engine.js";

/**
 * Apply every migration in prisma/migrations that the database has not seen,
 * recording them in `_prisma_migrations` exactly as `prisma migrate deploy` does.
 * Returns the names of the migrations applied by this call (none on a second run).
 */
export async function migrateDatabase(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const provider = providerOfAdapter(adapterFactory.provider);
  const migrations = await readMigrationList(provider);
  const upToDate = async () => {
    const applied = await appliedMigrationNames(adapterFactory);
    return migrations.migrationDirectories.every((m) => applied.has(m.path));
  };
  if (await upToDate()) return [];
  if (provider === "sqlite") return applyWithSchemaEngine(adapterFactory, migrations);
  // Several instances may start at once against one PostgreSQL database: the
  // first takes an advisory lock and migrates, the others wait for it, then
  // find nothing left to do.
  return withAdvisoryLock(adapterFactory, async () =>
    (await upToDate()) ? [] : applyWithSchemaEngine(adapterFactory, migrations),
  );
}

/** Colloquy's own advisory lock key for migrations: the bytes of "colloquy" read as a bigint. */
const MIGRATION_LOCK_KEY = "7165064745151722873";

async function withAdvisoryLock<T>(adapterFactory: SqlMigrationAwareDriverAdapterFactory, fn: () => Promise<T>): Promise<T> {
  const adapter = await adapterFactory.connect();
  // A transaction-scoped lock on one connection of its own, released by the commit or by the connection dropping.
  const tx = await adapter.startTransaction();
  try {
    await tx.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`, args: [], argTypes: [] });
    const result = await fn();
    await tx.commit();
    return result;
  } catch (error) {
    await tx.rollback().catch(() => undefined);
    throw error;
  } finally {
    await adapter.dispose();
  }
}

/** The provider's migrations that the database has not recorded as finished. */
export async function pendingMigrations(provider: Provider, readApplied: () => Promise<string[]>): Promise<string[]> {
  const migrations = await readMigrationList(provider);
  const applied = new Set(await readApplied());
  return migrations.migrationDirectories.map((m) => m.path).filter((name) => !applied.has(name));
}

/** The migrations a database records as finished; none when it has no `_prisma_migrations` table yet. */
async function readAppliedMigrations(adapter: SqlQueryable): Promise<string[]> {
  try {
    const result = await adapter.queryRaw({
      sql: `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      args: [],
      argTypes: [],
    });
    return result.rows.map((row) => String(row[0]));
  } catch {
    // No _prisma_migrations table yet: a new database.
    return [];
  }
}

/**
 * Migrations recorded as finished. Read with a plain connection: the schema
 * engine takes SQLite's exclusive locking mode, so running it while a server
 * has the file open would fail. Only a database that really is behind needs it.
 */
async function appliedMigrationNames(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<Set<string>> {
  const adapter = await adapterFactory.connect();
  try {
    return new Set(await readAppliedMigrations(adapter));
  } finally {
    await adapter.dispose();
  }
}

/** The provider's migrations the database behind the factory has not applied. An unreachable database is an error, not one with nothing applied. */
export async function pendingMigrationsOf(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const adapter = await adapterFactory.connect();
  try {
    await adapter.queryRaw({ sql: "SELECT 1", args: [], argTypes: [] });
    return await pendingMigrations(providerOfAdapter(adapterFactory.provider), () => readAppliedMigrations(adapter));
  } finally {
    await adapter.dispose();
  }
}

async function applyWithSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  migrationsList: MigrationList,
): Promise<string[]> {
  // The engine opens its own connections and does not close them when freed;
  // an idle SQLite handle left behind would block the next `journal_mode` change.
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => {
      const adapter = await adapterFactory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await adapterFactory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await openSchemaEngine(tracked);
  try {
    const { appliedMigrationNames: names } = await engine.applyMigrations({ migrationsList, filters: migrationFilters });
    return names;
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}
