import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Access and privacy: accounts that can be switched off, API clients, a second factor with
 * recovery codes, provider API tokens, and the table the login rate limiter keeps its counts in.
 */
export class Access1763913600000 implements MigrationInterface {
  name = "Access1763913600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        DROP COLUMN totp_secret,
        ADD COLUMN kind text NOT NULL DEFAULT 'PERSON' CHECK (kind IN ('PERSON', 'API_CLIENT')),
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN demo boolean NOT NULL DEFAULT false,
        -- The TOTP secret, encrypted like a BSN (AES-256-GCM); set once enrolment is confirmed.
        ADD COLUMN totp_secret_sealed bytea,
        ADD COLUMN totp_pending_sealed bytea,
        ADD COLUMN totp_enabled_at timestamptz;

      -- One-time codes for when the authenticator is lost; only their SHA-256 is kept.
      CREATE TABLE recovery_code (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (user_id, code_hash)
      );

      -- A provider system's token: hashed, shown once, revocable, acting as its own API client user.
      CREATE TABLE api_token (
        id uuid PRIMARY KEY,
        provider_id uuid NOT NULL REFERENCES provider(id),
        client_user_id uuid NOT NULL REFERENCES app_user(id),
        name text NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX api_token_provider ON api_token (provider_id, created_at DESC);

      -- rate-limiter-flexible's RateLimiterPostgres layout.
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );

      ALTER TABLE user_session ADD COLUMN enrolment_only boolean NOT NULL DEFAULT false;
      CREATE INDEX audit_event_search ON audit_event (municipality_id, action, occurred_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX audit_event_search;
      ALTER TABLE user_session DROP COLUMN enrolment_only;
      DROP TABLE rate_limit; DROP TABLE api_token; DROP TABLE recovery_code;
      ALTER TABLE app_user DROP COLUMN kind, DROP COLUMN active, DROP COLUMN demo,
        DROP COLUMN totp_secret_sealed, DROP COLUMN totp_pending_sealed, DROP COLUMN totp_enabled_at,
        ADD COLUMN totp_secret text;
    `);
  }
}
