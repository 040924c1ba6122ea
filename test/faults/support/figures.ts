import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILE = path.resolve(import.meta.dirname, "../../../test-results/reliability.json");

/** Keeps each fault test's figures for the README's reliability section (test-results/reliability.json). */
export function recordFigures(test: string, figures: Record<string, unknown>): void {
  mkdirSync(path.dirname(FILE), { recursive: true });
  const all = existsSync(FILE) ? JSON.parse(readFileSync(FILE, "utf8")) : {};
  all[test] = { ...figures, at: new Date().toISOString() };
  writeFileSync(FILE, `${JSON.stringify(all, null, 2)}\n`);
}
