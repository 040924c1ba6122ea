import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../server/app/database.js";
import { startEmbeddedPostgres } from "../../server/app/embedded-postgres.js";
import { createLogger } from "../../server/platform/logger.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the test cluster; each test file makes its own database from the template. */
    pgAdminUrl: string;
  }
}

export const TEMPLATE_DATABASE = "viv_template";

/**
 * One real PostgreSQL (embedded) for the whole run, in a fresh folder, with a template
 * database that has every migration applied. Each test file clones it (test/support/portal.ts).
 */
export default async function setup(project: TestProject) {
  const log = createLogger(process.env.LOG_LEVEL ?? "warn");
  const dir = await mkdtemp(path.join(tmpdir(), "viv-test-"));
  await chmod(dir, 0o755); // PostgreSQL runs as its own user when the tests run as root
  const cluster = await startEmbeddedPostgres(path.join(dir, "pg"), log);

  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const template = await openDatabase(withDatabase(cluster.url, TEMPLATE_DATABASE), log);
  await template.destroy();

  project.provide("pgAdminUrl", cluster.url);
  return async () => {
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
