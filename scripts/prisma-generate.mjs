// Runs `prisma generate` on install, once per database: the SQLite client from
// prisma/schema.prisma, and the PostgreSQL client from the same model with its
// provider swapped (src/db/providers.ts). Generating needs no schema engine,
// but the Prisma CLI downloads one before every command unless
// PRISMA_SCHEMA_ENGINE_BINARY names an executable. Point it at a stub that only
// exits, so install works with no access beyond the npm registry.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "colloquy");
mkdirSync(cacheDir, { recursive: true });
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const stub = path.join(cacheDir, "no-schema-engine");
  writeFileSync(stub, "#!/bin/sh\necho 'Colloquy migrates with the WebAssembly schema engine; see src/db/migrate.ts' >&2\nexit 1\n");
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");

function generate(schema) {
  const result = spawnSync(process.execPath, [cli, "generate", "--schema", schema], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

generate(path.join(root, "prisma", "schema.prisma"));

// The derivation lives in src/db/providers.ts. tsx (a development dependency)
// runs it from the sources; an install without development dependencies uses
// the compiled build instead, which must then exist (docs/deploy.md).
const compiledProviders = path.join(root, "dist", "db", "providers.js");
let hasTsx = true;
try {
  createRequire(import.meta.url).resolve("tsx");
} catch {
  hasTsx = false;
}
if (!hasTsx && !existsSync(compiledProviders)) {
  console.error("Generating the PostgreSQL client needs tsx (npm install with development dependencies) or a compiled build (npm run build).");
  process.exit(1);
}
const derive = `import { readFileSync } from "node:fs";
     import { datamodelFor, schemaPath } from ${JSON.stringify(hasTsx ? "./src/db/providers.ts" : pathToFileURL(compiledProviders).href)};
     process.stdout.write(datamodelFor("postgresql", readFileSync(schemaPath, "utf8")));`;
const derived = spawnSync(process.execPath, [...(hasTsx ? ["--import", "tsx"] : []), "--input-type=module", "-e", derive], { cwd: root, encoding: "utf8" });
if (derived.status !== 0) {
  process.stderr.write(derived.stderr);
  process.exit(derived.status ?? 1);
}
const postgresSchema = path.join(cacheDir, "schema.postgresql.prisma");
writeFileSync(postgresSchema, derived.stdout);
generate(postgresSchema);
