import pg from "pg";
import { inject } from "vitest";
import { withDatabase } from "./global-setup.js";
import type { TestPortal } from "./portal.js";

/**
 * Runs `work` while every usage export fails after it has begun: this holds a lock on the
 * residents summary, which an export reads after its first bytes, and gives the portal's
 * database a tiny lock_timeout. (The portal's pool sets its own statement_timeout on every
 * connection, which no database setting can lower; lock_timeout it leaves to the database.)
 * The portal's open connections are ended first, so its new ones start with the setting.
 */
export async function withFailingExports<T>(portal: TestPortal, work: () => Promise<T>): Promise<T> {
  const [{ db }] = await portal.sql<{ db: string }>("SELECT current_database() AS db");
  const blocker = new pg.Client({ connectionString: withDatabase(inject("pgAdminUrl"), db) });
  await blocker.connect();
  try {
    await blocker.query(`ALTER DATABASE ${db} SET lock_timeout = '300ms'`);
    await blocker.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'viv-portal'");
    await new Promise((r) => setTimeout(r, 300));
    await blocker.query("BEGIN");
    await blocker.query("LOCK TABLE usage_resident_month IN ACCESS EXCLUSIVE MODE");
    return await work();
  } finally {
    await blocker.query("ROLLBACK").catch(() => {});
    await blocker.query(`ALTER DATABASE ${db} RESET lock_timeout`);
    await blocker.end();
  }
}
