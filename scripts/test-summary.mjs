// Prints vitest's JSON report as one closing line, "N passed, N failed, N skipped".
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? "test-results/vitest.json";
if (!existsSync(file)) {
  // Vitest writes the JSON report only when CI is set (vitest.config.ts).
  console.log(`Tests: no report at ${file} (written when CI is set)`);
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, "utf8"));
const skipped = report.numPendingTests + report.numTodoTests;
const run = /vitest-(\w+)\.json$/.exec(process.argv[2] ?? "")?.[1];
console.log(`Tests${run ? ` (${run})` : ""}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
