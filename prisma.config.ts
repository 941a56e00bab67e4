import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` (see scripts/prisma-generate.mjs);
// migrations are applied by src/db/migrate.ts, which needs no native engine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
