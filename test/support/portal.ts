import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { readConfig } from "../../server/app/config.js";
import { createLogger } from "../../server/platform/logger.js";
import { startPortal, type RunningPortal } from "../../server/app/portal.js";
import { TEMPLATE_DATABASE, withDatabase } from "./global-setup.js";

export interface TestPortal extends RunningPortal {
  /** The URL of this portal's own database. */
  databaseUrl: string;
  /** A direct connection to this portal's own database, for checks behind the API. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** A fresh database of the test cluster, cloned from the migrated template (or empty); returns its URL. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<string> {
  const adminUrl = inject("pgAdminUrl");
  const database = `viv_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}${options.empty ? "" : ` TEMPLATE ${TEMPLATE_DATABASE}`}`);
  await admin.end();
  return withDatabase(adminUrl, database);
}

/**
 * The real portal on a free port, over HTTP, on its own fresh database cloned from the
 * migrated template, with the demo data seeded. One per test file: nothing leaks between files.
 */
export async function startTestPortal(options: { demo?: boolean; production?: boolean } = {}): Promise<TestPortal> {
  const url = await createTestDatabase();
  const config = readConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: url,
    VIV_DEMO: options.demo === false ? "0" : "1",
    VIV_DATA_DIR: await mkdtemp(path.join(tmpdir(), "viv-portal-")),
    VIV_BSN_KEY: randomBytes(32).toString("base64"),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    ...(options.production ? { NODE_ENV: "production" } : {}),
  });
  const portal = await startPortal(config, createLogger(config.logLevel));
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    ...portal,
    databaseUrl: url,
    sql: async (text, params) => (await pool.query(text, params)).rows,
    async stop() {
      await pool.end();
      await portal.stop();
    },
  };
}
