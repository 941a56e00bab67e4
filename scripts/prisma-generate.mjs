// Runs `prisma generate` on install. Generating the client needs no schema
// engine, but the Prisma CLI downloads one before every command unless
// PRISMA_SCHEMA_ENGINE_BINARY names an executable. Point it at a stub that only
// exits, so install works with no access beyond the npm registry.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const stubDir = path.join(root, "node_modules", ".cache", "colloquy");
  const stub = path.join(stubDir, "no-schema-engine");
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(stub, "#!/bin/sh\necho 'Colloquy migrates with the WebAssembly schema engine; see src/db/migrate.ts' >&2\nexit 1\n");
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
