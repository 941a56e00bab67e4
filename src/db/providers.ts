import path from "node:path";

// Colloquy runs on two databases from one data model. prisma/schema.prisma is
// the only model file: it names SQLite, and the PostgreSQL model is the same
// text with the datasource's provider (and the generated client's folder)
// swapped. Each provider keeps its own migrations folder, both checked in CI
// against the model.

export type Provider = "sqlite" | "postgresql";

const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");

/** Where each provider's migrations live: Prisma's standard layout, one folder per migration. */
export const migrationsDirs: Record<Provider, string> = {
  sqlite: path.join(projectRoot, "prisma/migrations"),
  postgresql: path.join(projectRoot, "prisma/postgresql/migrations"),
};

/** Where each provider's generated client goes (not committed; written on install). */
export const clientOutputs: Record<Provider, string> = {
  sqlite: path.join(projectRoot, "src/generated/prisma"),
  postgresql: path.join(projectRoot, "src/generated/prisma-postgresql"),
};

/** Which provider serves a DATABASE_URL, or null for a URL Colloquy cannot use. */
export function providerOfUrl(url: string): Provider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  return null;
}

/** The adapter factories name PostgreSQL "postgres". */
export function providerOfAdapter(adapterProvider: string): Provider {
  if (adapterProvider === "sqlite") return "sqlite";
  if (adapterProvider === "postgres" || adapterProvider === "postgresql") return "postgresql";
  throw new Error(`Colloquy has no migrations for the "${adapterProvider}" driver adapter.`);
}

/**
 * The data model for one provider, from the text of prisma/schema.prisma. The
 * model uses nothing provider-specific, so only the datasource and the client's
 * output folder differ. Fails loudly if the file stops looking as expected.
 */
export function datamodelFor(provider: Provider, sqliteModel: string): string {
  if (provider === "sqlite") return sqliteModel;
  const datasource = /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*output\s*=\s*)"[^"]*"/;
  if (!datasource.test(sqliteModel) || !output.test(sqliteModel)) {
    throw new Error("prisma/schema.prisma must keep `provider = \"sqlite\"` in its datasource and an `output` in its generator.");
  }
  return sqliteModel
    .replace(datasource, '$1"postgresql"')
    .replace(output, `$1${JSON.stringify(clientOutputs.postgresql)}`);
}
