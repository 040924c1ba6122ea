import { defineConfig } from "vitest/config";
import { decorators, oneGraphql } from "./vitest.config.js";

// `npm run test:faults`: crashes, kills and load against real processes (test/faults). Kept out
// of `npm test` because it runs for minutes; `.ci/run` runs it after `npm test`.
export default defineConfig({
  plugins: [decorators],
  resolve: oneGraphql,
  test: {
    name: "faults",
    include: ["test/faults/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts", "test/faults/support/build-server.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest-faults.json" }]],
    // The files wait more than they compute (kills, restarts, a held lock): two at a time.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
