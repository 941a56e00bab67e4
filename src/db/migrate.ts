import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { migrationFilters, openSchemaEngine, readMigrationList } from "./schema-engine.js";

/**
 * Apply every migration in prisma/migrations that the database has not seen,
 * recording them in `_prisma_migrations` exactly as `prisma migrate deploy` does.
 * Returns the names of the migrations applied by this call (none on a second run).
 */
export async function migrateDatabase(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
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
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: migrationFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}
