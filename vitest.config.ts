import { createRequire } from "node:module";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

// Decorators need a transform that emits metadata (../shared/stack.md): swc with legacy
// decorators.
export const decorators = swc.vite({
  jsc: {
    parser: { syntax: "typescript", decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: "es2022",
  },
});

// Node loads type-graphql and Apollo, which get graphql's CommonJS entry; Vite would give our
// own files the .mjs entry (its "module" field), and graphql refuses objects from the other
// copy ("from another module or realm"). Point our files at the same entry Node uses.
export const oneGraphql = { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }] };

export default defineConfig({
  test: {
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    projects: [
      { plugins: [decorators], resolve: oneGraphql, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      {
        plugins: [decorators],
        resolve: oneGraphql,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [decorators],
        resolve: oneGraphql,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
