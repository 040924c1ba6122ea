import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const DIR = path.resolve(import.meta.dirname, "../../../test-results/reliability");

/** Keeps a fault test's figures for the README's reliability section (test-results/reliability/NAME.json). */
export function recordFigures(test: string, figures: Record<string, unknown>): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(path.join(DIR, `${test}.json`), `${JSON.stringify({ ...figures, at: new Date().toISOString() }, null, 2)}\n`);
}
