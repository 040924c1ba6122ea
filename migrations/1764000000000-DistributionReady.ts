import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Tables ready to be distributed by municipality (docs/scale-out.md): a distributed PostgreSQL
 * (Citus) refuses a unique index without the distribution column, and `deployment (id)` and
 * `hour_entry (id)` were unique on the id alone. Their primary keys `(municipality_id, id)`
 * already keep ids unique per municipality (and a random uuid everywhere); the bare-id lookups
 * (a deployment's page, an entry to correct) keep an index, now a plain one. Nothing depended
 * on their uniqueness: every foreign key and ON CONFLICT names `(municipality_id, ...)`.
 */
export class DistributionReady1764000000000 implements MigrationInterface {
  name = "DistributionReady1764000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX deployment_id;
      CREATE INDEX deployment_id ON deployment (id);
      DROP INDEX hour_entry_id;
      CREATE INDEX hour_entry_id ON hour_entry (id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX hour_entry_id;
      CREATE UNIQUE INDEX hour_entry_id ON hour_entry (id);
      DROP INDEX deployment_id;
      CREATE UNIQUE INDEX deployment_id ON deployment (id);
    `);
  }
}
