// `npm test`: the whole suite on SQLite, then the whole suite again on
// PostgreSQL. Without a PostgreSQL server (COLLOQUY_TEST_POSTGRES_URL, default
// the local one) the second run is skipped, and this says so plainly; with
// COLLOQUY_REQUIRE_POSTGRES=1 (as .ci/run sets) a missing server is a failure.
// Arguments go to vitest: `npm test -- tests/posts.test.ts`.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { postgresAdminUrl, postgresAvailable } from "./support/postgres.js";

// vitest's own command-line entry, next to the CommonJS index at the package root.
const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve("vitest")), "vitest.mjs");
const args = process.argv.slice(2);
const only = process.env.COLLOQUY_TEST_ONLY; // "sqlite" or "postgresql": one run only

function run(database: "sqlite" | "postgresql"): number {
  console.log(`\n== Test suite on ${database === "sqlite" ? "SQLite" : "PostgreSQL"}\n`);
  const result = spawnSync(process.execPath, [vitest, "run", ...args], {
    stdio: "inherit",
    env: { ...process.env, COLLOQUY_TEST_DATABASE: database },
  });
  return result.status ?? 1;
}

const outcomes: string[] = [];
let failed = false;

if (only !== "postgresql") {
  const status = run("sqlite");
  failed ||= status !== 0;
  outcomes.push(`SQLite: ${status === 0 ? "passed" : "FAILED"}`);
}

if (only !== "sqlite") {
  const available = await postgresAvailable();
  if (available.ok) {
    const status = run("postgresql");
    failed ||= status !== 0;
    outcomes.push(`PostgreSQL: ${status === 0 ? "passed" : "FAILED"}`);
  } else {
    const host = new URL(postgresAdminUrl).host;
    const required = process.env.COLLOQUY_REQUIRE_POSTGRES === "1";
    failed ||= required;
    outcomes.push(`PostgreSQL: SKIPPED, no server at ${host} (${available.reason})${required ? "; required here, so this fails" : ""}`);
  }
}

console.log(`\n== ${outcomes.join(" · ")}`);
process.exit(failed ? 1 : 0);
