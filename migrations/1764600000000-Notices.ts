import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Meldingen: a notice per event and recipient (the portal's notification centre) and the mail
 * outbox, both written in the transaction of the event itself, so that a notice exists exactly
 * when its event committed and its e-mail is sent later by the API process.
 */
export class Notices1764600000000 implements MigrationInterface {
  name = "Notices1764600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notice (
        municipality_id uuid NOT NULL REFERENCES municipality (id),
        id uuid NOT NULL,
        -- One notice per event and recipient: a second raise of the same event (a periodic
        -- scan run twice, by two API processes) writes nothing.
        event_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('REVIEW_YEAR_ENDING', 'CAP_ALMOST_REACHED', 'APPROVAL_DECIDED', 'REVIEW_DECIDED', 'ADVICE_RECEIVED', 'REVIEW_OVERDUE')),
        recipient_user_id uuid NOT NULL REFERENCES app_user (id),
        deployment_id uuid NOT NULL,
        -- Figures and dates only: never a BSN or a name.
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        PRIMARY KEY (municipality_id, id),
        UNIQUE (municipality_id, event_key, recipient_user_id),
        FOREIGN KEY (municipality_id, deployment_id) REFERENCES deployment (municipality_id, id)
      );
      -- The header's count and the list: a user's notices across municipalities, newest first.
      CREATE INDEX notice_recipient ON notice (recipient_user_id, created_at DESC);

      CREATE TABLE notice_mail (
        municipality_id uuid NOT NULL,
        notice_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        last_error text,
        PRIMARY KEY (municipality_id, notice_id),
        FOREIGN KEY (municipality_id, notice_id) REFERENCES notice (municipality_id, id) ON DELETE CASCADE
      );
      CREATE INDEX notice_mail_due ON notice_mail (next_attempt_at) WHERE sent_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE notice_mail; DROP TABLE notice;");
  }
}
