import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationDirectory, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { datamodelFor, migrationsDirs, providerOfAdapter, schemaPath, type Provider } from "./providers.js";

// Prisma's schema engine compiled to WebAssembly. The npm package is published
// for bundlers, so in Node it is instantiated by hand; this replaces the native
// engine that the Prisma CLI would download (see the README, "Migrations
// without Prisma's native engine").

const require = createRequire(import.meta.url);

type WasmBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

// One instance per process: wasm-bindgen's glue module caches views of the
// instance's memory, so a second instance behind the same glue would corrupt it.
let bindings: Promise<WasmBindings> | undefined;

function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as WasmBindings;
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return bindings;
}

export const migrationFilters = { externalTables: [], externalEnums: [] };

/** The data model as the given provider sees it (see providers.ts). */
export async function readSchemaFiles(provider: Provider): Promise<{ path: string; content: string }[]> {
  return [{ path: schemaPath, content: datamodelFor(provider, await readFile(schemaPath, "utf8")) }];
}

let charColumnsAsText = false;

/**
 * The schema engine reads PostgreSQL's catalogs, whose `"char"` columns
 * (pg_class.relkind and others) @prisma/adapter-pg 7.10 does not map to any
 * column type, so describing a database fails ("Column type 'char' could not
 * be deserialized"). A `"char"` is one character of text: from the first
 * PostgreSQL migration on, this process reports such columns as `text`.
 * Colloquy's own tables have no `"char"` column, so nothing else changes.
 */
async function reportCharColumnsAsText(): Promise<void> {
  if (charColumnsAsText) return;
  charColumnsAsText = true;
  const pg = (await import("pg")).default as unknown as {
    Result: { prototype: { addFields(fields: { dataTypeID: number }[]): void } };
  };
  const CHAR = 18;
  const TEXT = 25;
  const original = pg.Result.prototype.addFields;
  pg.Result.prototype.addFields = function addFields(fields) {
    for (const field of fields) if (field.dataTypeID === CHAR) field.dataTypeID = TEXT;
    return original.call(this, fields);
  };
}

/** Open the schema engine against the database behind an adapter factory, with the model for that database. */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  const bg = await loadBindings();
  const provider = providerOfAdapter(adapterFactory.provider);
  if (provider === "postgresql") await reportCharColumnsAsText();
  const files = await readSchemaFiles(provider);
  const log = (): void => {};
  return bg.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

/** A provider's migrations folder (Prisma's standard layout), in the form the engine takes. */
export async function readMigrationList(provider: Provider): Promise<MigrationList> {
  const dir = migrationsDirs[provider];
  let entries: string[] = [];
  try {
    entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    entries = [];
  }
  const migrationDirectories: MigrationDirectory[] = await Promise.all(
    entries.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  let lock: string | null = null;
  try {
    lock = await readFile(path.join(dir, "migration_lock.toml"), "utf8");
  } catch {
    lock = null;
  }
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
