import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { readConfig } from "../../server/app/config.js";
import { createLogger, type Logger } from "../../server/platform/logger.js";
import { startPortal, type RunningPortal } from "../../server/app/portal.js";
import { TEMPLATE_DATABASE, withDatabase } from "./global-setup.js";

export interface TestPortal extends RunningPortal {
  /** This portal's own database, by name (for a test that takes it away). */
  database: string;
  /** This portal's own database; another portal started with it as `database` shares it. */
  databaseUrl: string;
  /** A direct connection to this portal's own database, for checks behind the API. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/**
 * The real portal on a free port, over HTTP, on its own fresh database cloned from the
 * migrated template, with the demo data seeded. One per test file: nothing leaks between files.
 */
export async function startTestPortal(
  options: { demo?: boolean; production?: boolean; env?: Record<string, string>; database?: string; log?: Logger } = {},
): Promise<TestPortal> {
  const url = options.database ?? (await createTestDatabase());
  // The data folder holds nothing with an external database, but is made per portal and removed with it.
  const dataDir = await mkdtemp(path.join(tmpdir(), "viv-portal-"));
  const config = readConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: url,
    VIV_DEMO: options.demo === false ? "0" : "1",
    VIV_DATA_DIR: dataDir,
    VIV_BSN_KEY: randomBytes(32).toString("base64"),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    ...(options.production ? { NODE_ENV: "production" } : {}),
    ...options.env,
  });
  const portal = await startPortal(config, options.log ?? createLogger(config.logLevel));
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    ...portal,
    database: new URL(url).pathname.slice(1),
    databaseUrl: url,
    sql: async (text, params) => (await pool.query(text, params)).rows,
    async stop() {
      await pool.end();
      await portal.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on the test cluster: migrated from the template, or with `empty` nothing in it. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<string> {
  const adminUrl = inject("pgAdminUrl");
  const database = `viv_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}${options.empty ? "" : ` TEMPLATE ${TEMPLATE_DATABASE}`}`);
  await admin.end();
  return withDatabase(adminUrl, database);
}
