import "reflect-metadata";
import pg from "pg";
import { DataSource } from "typeorm";
import { migrations } from "../../migrations/index.js";
import { AuditEventEntity } from "../modules/audit/audit-event.entity.js";
import { SessionEntity } from "../modules/auth/session.entity.js";
import { UserEntity } from "../modules/auth/user.entity.js";
import { CatalogueVersionEntity } from "../modules/catalogue/catalogue-version.entity.js";
import { VoorzieningEntity } from "../modules/catalogue/voorziening.entity.js";
import { DeploymentEntity } from "../modules/deployment/deployment.entity.js";
import { HourEntryRevisionEntity } from "../modules/hours/hour-entry-revision.entity.js";
import { HourEntryEntity } from "../modules/hours/hour-entry.entity.js";
import { MaatwerkIndicationEntity } from "../modules/indication/maatwerk-indication.entity.js";
import { ContractEntity } from "../modules/organisation/contract.entity.js";
import { MunicipalityEntity } from "../modules/organisation/municipality.entity.js";
import { ProviderEntity } from "../modules/organisation/provider.entity.js";
import { ResidentEntity } from "../modules/resident/resident.entity.js";
import { WaakvlamReviewEntity } from "../modules/waakvlam/waakvlam-review.entity.js";
import { requestScope, type Logger } from "../platform/logger.js";
import { DatabaseWatch } from "./database-watch.js";

// A DATE column is a calendar day: keep PostgreSQL's YYYY-MM-DD text instead of letting pg
// turn it into a Date at local midnight (raw queries would otherwise return Date objects).
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export const entities = [
  MunicipalityEntity,
  ProviderEntity,
  ContractEntity,
  CatalogueVersionEntity,
  VoorzieningEntity,
  UserEntity,
  SessionEntity,
  ResidentEntity,
  DeploymentEntity,
  HourEntryEntity,
  HourEntryRevisionEntity,
  MaatwerkIndicationEntity,
  WaakvlamReviewEntity,
  AuditEventEntity,
];

/**
 * The one DataSource. Migrations only (never synchronize); the pg pool gets a connection
 * timeout, a statement timeout and an error listener (../shared/stack.md).
 */
export async function openDatabase(url: string, log: Logger): Promise<DataSource> {
  const dataSource = new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    extra: {
      max: 20,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 15_000,
      // A write that waits for another write's lock gives up well before the statement
      // timeout and answers BUSY (platform/transaction.ts), instead of holding a connection.
      lock_timeout: 2_000,
      application_name: "viv-portal",
    },
  });
  await dataSource.initialize();
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  const watch = new DatabaseWatch(log);
  watches.set(dataSource, watch);
  // Outside any request's scope: the pool's events would otherwise carry the id of whichever
  // request happened to open the connection.
  pool.on("error", (error) =>
    requestScope.exit(() => {
      if (!watch.failed(error)) log.error({ err: error.message }, "idle database connection failed");
    }),
  );
  await dataSource.runMigrations({ transaction: "each" });
  return dataSource;
}

const watches = new WeakMap<DataSource, DatabaseWatch>();

/** The outage log of this DataSource (database-watch.ts): one line when it goes down, one when it is back. */
export function databaseWatch(dataSource: DataSource): DatabaseWatch {
  return watches.get(dataSource)!;
}

/**
 * True when the database answers; used by /healthz. On a connection of its own (one per
 * DataSource), so that /healthz answers honestly while the main pool is saturated by users.
 */
export async function databaseAnswers(dataSource: DataSource, onError?: (error: unknown) => void): Promise<boolean> {
  try {
    await healthPool(dataSource).query("SELECT 1");
    return true;
  } catch (error) {
    onError?.(error);
    return false;
  }
}

const healthPools = new WeakMap<DataSource, pg.Pool>();
function healthPool(dataSource: DataSource): pg.Pool {
  let pool = healthPools.get(dataSource);
  if (!pool) {
    const main = (dataSource.driver as unknown as { master: pg.Pool & { options: pg.PoolConfig } }).master;
    pool = new pg.Pool({ ...main.options, max: 1, connectionTimeoutMillis: 2_000, idleTimeoutMillis: 10_000, allowExitOnIdle: true, statement_timeout: 2_000 });
    pool.on("error", () => undefined); // a dropped idle connection: the next check reconnects
    healthPools.set(dataSource, pool);
  }
  return pool;
}
