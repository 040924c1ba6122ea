import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The directions of .dependency-cruiser.cjs, checked on every `npm test` (also `npm run lint`).
// dependency-cruiser lives in tools/lint with the TypeScript 6 it parses with (see its package.json).
const depcruise = "tools/lint/node_modules/.bin/depcruise";
const config = createRequire(import.meta.url)("../../.dependency-cruiser.cjs") as { forbidden: { name: string }[] };

interface Violation { rule: { name: string }; from: string; to: string }
interface Cruise { modules: { source: string }[]; summary: { violations: Violation[] } }

function cruise(): Cruise {
  if (!existsSync(depcruise)) throw new Error("tools/lint is not installed: run `npm ci --prefix tools/lint`");
  const out = execFileSync(
    depcruise,
    ["server", "shared", "client/src", "migrations", "test", "scripts", "--config", ".dependency-cruiser.cjs", "--output-type", "json"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(out) as Cruise;
}

describe("dependency directions", () => {
  const result = cruise();

  it.each(["server/rules/", "server/platform/", "server/modules/", "server/app/", "shared/", "client/src/", "migrations/"])(
    "reads the files under %s (a cruise that finds none proves nothing)",
    (folder) => {
      expect(result.modules.filter((m) => m.source.startsWith(folder)).length).toBeGreaterThan(2);
    },
  );

  it.each(config.forbidden.map((r) => r.name))("no import breaks %s", (name) => {
    const broken = result.summary.violations.filter((v) => v.rule.name === name).map((v) => `${v.from} → ${v.to}`);
    expect(broken).toEqual([]);
  });
});
