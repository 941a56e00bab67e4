// Prints vitest's JSON report as one closing line, "N passed, N failed, N skipped".
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2] ?? "test-results/vitest.json", "utf8"));
const skipped = report.numPendingTests + report.numTodoTests;
const run = /vitest-(\w+)\.json$/.exec(process.argv[2] ?? "")?.[1];
console.log(`Tests${run ? ` (${run})` : ""}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
