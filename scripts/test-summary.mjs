// Prints "N passed, N failed" from vitest's JSON report; exits 1 when no test ran at all.
// A test file that failed before any of its tests ran (an import error, a failing beforeAll)
// counts as one failure, so a broken file never hides behind "0 failed".
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? "test-results/vitest.json";
if (!existsSync(file)) {
  console.log("0 passed, 0 failed");
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, "utf8"));
const brokenFiles = (report.testResults ?? []).filter(
  (r) => r.status === "failed" && !(r.assertionResults ?? []).some((a) => a.status === "failed"),
).length;
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
console.log(`${passed} passed, ${failed} failed`);
if (passed + failed === 0) process.exit(1);
