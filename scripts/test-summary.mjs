// Prints "N passed, N failed" from vitest's JSON reports (one or more files, added up); exits 1
// when no test ran at all. A test file that failed before any of its tests ran (an import
// error, a failing beforeAll) counts as one failure, so a broken file never hides behind
// "0 failed"; a report file that is missing counts as one failure too.
import { existsSync, readFileSync } from "node:fs";

const files = process.argv.length > 2 ? process.argv.slice(2) : ["test-results/vitest.json"];
let passed = 0;
let failed = 0;
for (const file of files) {
  if (!existsSync(file)) {
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  const brokenFiles = (report.testResults ?? []).filter(
    (r) => r.status === "failed" && !(r.assertionResults ?? []).some((a) => a.status === "failed"),
  ).length;
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + brokenFiles;
}
console.log(`${passed} passed, ${failed} failed`);
if (passed + failed === 0) process.exit(1);
