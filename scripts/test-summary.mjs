// Prints vitest's JSON report as one closing line, "N passed, N failed, N skipped",
// followed by each failed test's file, name and the first lines of its failure,
// so that the end of a CI log says which test failed without scrolling back.
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";

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
// eslint-disable-next-line no-control-regex
const plain = (text) => String(text).replace(/\u001b\[[0-9;]*m/g, "");
for (const suite of report.testResults ?? []) {
  const path = relative(process.cwd(), suite.name ?? "");
  const failed = (suite.assertionResults ?? []).filter((test) => test.status === "failed");
  if (failed.length === 0 && suite.status === "failed") {
    // A file that failed outside any test (an import error, a hook).
    console.log(`  FAILED ${path}: ${plain(suite.message ?? "").split("\n").slice(0, 6).join("\n    ")}`);
  }
  for (const test of failed) {
    console.log(`  FAILED ${path} > ${test.fullName}`);
    const message = plain((test.failureMessages ?? []).join("\n")).split("\n").filter((line) => line.trim() !== "" && !/node_modules|new Promise|node:internal/.test(line)).slice(0, 8);
    for (const line of message) console.log(`    ${line}`);
  }
}
