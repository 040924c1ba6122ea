import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What the cap engine needs beyond the foundation: the history of every hour entry, the
 * municipality's approval of a deployment, the light checks of recreatieve dagbesteding, and
 * the yearly waakvlam reviews.
 */
export class CapEngine1763906400000 implements MigrationInterface {
  name = "CapEngine1763906400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END $$;

      ALTER TABLE hour_entry
        ADD COLUMN deleted_at timestamptz,
        ADD COLUMN version integer NOT NULL DEFAULT 1;

      -- Who changed an entry, when, from what to what, and why. Append-only.
      CREATE TABLE hour_entry_revision (
        municipality_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        entry_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATED', 'CORRECTED', 'DELETED')),
        date_before date,
        amount_before integer,
        date_after date,
        amount_after integer,
        reason text,
        actor_user_id uuid NOT NULL REFERENCES app_user(id),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, id),
        FOREIGN KEY (municipality_id, entry_id) REFERENCES hour_entry (municipality_id, id)
      );
      CREATE INDEX hour_entry_revision_entry ON hour_entry_revision (municipality_id, entry_id, id);
      CREATE TRIGGER hour_entry_revision_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON hour_entry_revision
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

      -- Every existing entry gets its CREATED revision, so the history is complete from the start.
      INSERT INTO hour_entry_revision (municipality_id, entry_id, action, date_after, amount_after, actor_user_id, occurred_at)
      SELECT municipality_id, id, 'CREATED', entry_date, amount, created_by, created_at FROM hour_entry;

      ALTER TABLE deployment
        ADD COLUMN approval_status text NOT NULL DEFAULT 'NOT_REQUIRED'
          CHECK (approval_status IN ('NOT_REQUIRED', 'PENDING', 'APPROVED', 'DECLINED')),
        ADD COLUMN approval_reason text CHECK (approval_reason IN ('REPEAT', 'DURING_MAATWERK')),
        ADD COLUMN approval_motivation text,
        ADD COLUMN approval_decided_by uuid REFERENCES app_user(id),
        ADD COLUMN approval_decided_at timestamptz,
        ADD COLUMN work_like_part boolean NOT NULL DEFAULT false,
        ADD COLUMN transport_checked_by uuid REFERENCES app_user(id),
        ADD COLUMN transport_checked_on date,
        ADD CHECK ((approval_status = 'NOT_REQUIRED') = (approval_reason IS NULL));
      CREATE INDEX deployment_approval ON deployment (municipality_id, approval_status) WHERE approval_status = 'PENDING';

      -- One row per waakvlam deployment and review year (1 = the second year, the first one
      -- that needs the municipality's decision): the provider's advice and the decision.
      CREATE TABLE waakvlam_review (
        municipality_id uuid NOT NULL,
        deployment_id uuid NOT NULL,
        review_year integer NOT NULL CHECK (review_year >= 1),
        advice text CHECK (advice IN ('CONTINUE', 'STOP')),
        advice_motivation text,
        advised_by uuid REFERENCES app_user(id),
        advised_at timestamptz,
        decision text CHECK (decision IN ('CONTINUE', 'STOP')),
        decision_motivation text,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        PRIMARY KEY (municipality_id, deployment_id, review_year),
        FOREIGN KEY (municipality_id, deployment_id) REFERENCES deployment (municipality_id, id),
        CHECK ((advice IS NULL) = (advised_at IS NULL)),
        CHECK ((decision IS NULL) = (decided_at IS NULL))
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE waakvlam_review;
      DROP INDEX deployment_approval;
      ALTER TABLE deployment DROP COLUMN approval_status, DROP COLUMN approval_reason, DROP COLUMN approval_motivation,
        DROP COLUMN approval_decided_by, DROP COLUMN approval_decided_at, DROP COLUMN work_like_part,
        DROP COLUMN transport_checked_by, DROP COLUMN transport_checked_on;
      DROP TABLE hour_entry_revision;
      ALTER TABLE hour_entry DROP COLUMN deleted_at, DROP COLUMN version;
      DROP FUNCTION refuse_change();
    `);
  }
}
