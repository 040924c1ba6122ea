import type { MigrationInterface, QueryRunner } from "typeorm";

/** The audit trail keeps the reason an administrator gives (resetting a second factor). */
export class AuditReason1764600000001 implements MigrationInterface {
  name = "AuditReason1764600000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE audit_event ADD COLUMN reason text");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE audit_event DROP COLUMN reason");
  }
}
