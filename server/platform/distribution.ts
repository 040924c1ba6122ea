/**
 * How each table would live on a distributed PostgreSQL (Citus), in one place: the schema test
 * (test/integration/distribution.test.ts) holds every migration to it, and docs/scale-out.md
 * explains it. A table not named here is distributed by `municipality_id`: it must carry that
 * column first in its primary key, in every unique index and in every foreign key to another
 * distributed table, so that all rows of one municipality live together on one node.
 */
export const DISTRIBUTION_COLUMN = "municipality_id";

/** Shared by every municipality, small, read on every request: copied whole to every node. */
export const REFERENCE_TABLES: readonly string[] = [
  "municipality",
  "provider",
  "app_user",
  "user_session",
  "recovery_code",
  "api_token",
  "rate_limit",
  "login_known_address",
];

/**
 * Kept on the coordinator alone: the audit trail (append-only, and its events of providers and
 * logins have no municipality) and TypeORM's record of the migrations that ran.
 */
export const COORDINATOR_TABLES: readonly string[] = ["audit_event", "migrations"];
