import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The whole data model of the mission, not only the first slice. Every tenant-owned table
 * carries municipality_id first in its keys and indexes (../shared/house-style.md): it
 * isolates tenants and lets PostgreSQL be distributed by municipality later.
 */
export class Foundation1763892000000 implements MigrationInterface {
  name = "Foundation1763892000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^GM[0-9]{4}$'),
        name text NOT NULL
      );

      CREATE TABLE provider (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE
      );

      CREATE TABLE contract (
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES provider(id),
        valid_from date NOT NULL,
        valid_to date,
        PRIMARY KEY (municipality_id, id),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      );
      CREATE INDEX contract_provider ON contract (provider_id, municipality_id);

      -- A catalogue version holds from valid_from until the next version's valid_from.
      CREATE TABLE catalogue_version (
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        valid_from date NOT NULL,
        name text NOT NULL,
        policy_source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, id),
        UNIQUE (municipality_id, valid_from)
      );

      CREATE TABLE voorziening (
        municipality_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        catalogue_version_id uuid NOT NULL,
        code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        name text NOT NULL,
        unit text NOT NULL CHECK (unit IN ('MINUTES', 'DAGDELEN', 'ETMALEN')),
        cap_amount integer CHECK (cap_amount > 0),
        cap_window text CHECK (cap_window IN ('DEPLOYMENT', 'HALF_YEAR', 'REVIEW_YEAR', 'CALENDAR_YEAR', 'WEEK')),
        max_duration_months integer CHECK (max_duration_months > 0),
        review_cycle_months integer CHECK (review_cycle_months > 0),
        eligibility text NOT NULL DEFAULT 'NONE',
        approval text NOT NULL DEFAULT 'NONE',
        asks_motivation boolean NOT NULL DEFAULT false,
        asks_transport boolean NOT NULL DEFAULT false,
        policy_quote text NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        PRIMARY KEY (municipality_id, id),
        UNIQUE (municipality_id, catalogue_version_id, code),
        FOREIGN KEY (municipality_id, catalogue_version_id) REFERENCES catalogue_version (municipality_id, id),
        -- A window without an amount only counts (dagdelen per week); an amount needs its window.
        CHECK (cap_amount IS NULL OR cap_window IS NOT NULL)
      );

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('PROVIDER_EMPLOYEE', 'PROVIDER_ADMIN', 'MUNICIPALITY_OFFICER', 'FINANCE', 'MUNICIPALITY_ADMIN')),
        provider_id uuid REFERENCES provider(id),
        municipality_id uuid REFERENCES municipality(id),
        totp_secret text,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- A provider user belongs to a provider, every other user to one municipality.
        CHECK ((role IN ('PROVIDER_EMPLOYEE', 'PROVIDER_ADMIN')) = (provider_id IS NOT NULL)),
        CHECK ((provider_id IS NULL) = (municipality_id IS NOT NULL))
      );
      CREATE UNIQUE INDEX app_user_email ON app_user (lower(email));

      -- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX user_session_user ON user_session (user_id);

      -- The BSN is stored encrypted (AES-256-GCM) and found by a keyed hash (HMAC-SHA-256);
      -- bsn_hint holds the last three digits that the portal shows.
      CREATE TABLE resident (
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        bsn_hash bytea NOT NULL,
        bsn_ciphertext bytea NOT NULL,
        bsn_hint char(3) NOT NULL,
        household_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, id),
        UNIQUE (municipality_id, bsn_hash)
      );

      CREATE TABLE maatwerk_indication (
        municipality_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        resident_id uuid NOT NULL,
        household_code text NOT NULL,
        provider_id uuid NOT NULL REFERENCES provider(id),
        product text NOT NULL,
        start_date date NOT NULL,
        end_date date,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, id),
        FOREIGN KEY (municipality_id, resident_id) REFERENCES resident (municipality_id, id),
        CHECK (end_date IS NULL OR end_date >= start_date)
      );
      CREATE INDEX maatwerk_indication_household ON maatwerk_indication (municipality_id, household_code, provider_id);

      CREATE TABLE deployment (
        municipality_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES provider(id),
        resident_id uuid NOT NULL,
        voorziening_code text NOT NULL,
        start_date date NOT NULL,
        end_date date,
        motivation text,
        transport_by_provider boolean NOT NULL DEFAULT false,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, id),
        FOREIGN KEY (municipality_id, resident_id) REFERENCES resident (municipality_id, id),
        CHECK (end_date IS NULL OR end_date >= start_date)
      );
      CREATE UNIQUE INDEX deployment_id ON deployment (id);
      CREATE INDEX deployment_provider ON deployment (municipality_id, provider_id, start_date DESC, id DESC);
      CREATE INDEX deployment_resident ON deployment (municipality_id, resident_id);

      -- amount is in the voorziening's unit: minutes for hours, else dagdelen or etmalen.
      CREATE TABLE hour_entry (
        municipality_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        deployment_id uuid NOT NULL,
        entry_date date NOT NULL,
        amount integer NOT NULL CHECK (amount > 0),
        note text,
        idempotency_key text,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, id),
        FOREIGN KEY (municipality_id, deployment_id) REFERENCES deployment (municipality_id, id),
        UNIQUE (municipality_id, deployment_id, idempotency_key)
      );
      CREATE UNIQUE INDEX hour_entry_id ON hour_entry (id);
      CREATE INDEX hour_entry_deployment_date ON hour_entry (municipality_id, deployment_id, entry_date);

      -- Running total per deployment and cap window, changed in the same transaction as the
      -- entries, so a cap check costs one row whatever the history. The CHECK is the last
      -- line of defence: the service refuses before it is ever reached.
      CREATE TABLE cap_usage (
        municipality_id uuid NOT NULL,
        deployment_id uuid NOT NULL,
        window_start date NOT NULL,
        window_end date,
        cap_amount integer,
        used_amount integer NOT NULL DEFAULT 0 CHECK (used_amount >= 0),
        PRIMARY KEY (municipality_id, deployment_id, window_start),
        FOREIGN KEY (municipality_id, deployment_id) REFERENCES deployment (municipality_id, id),
        CHECK (cap_amount IS NULL OR used_amount <= cap_amount)
      );

      -- Append-only: the application can add rows, never change or remove them.
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        municipality_id uuid,
        actor_user_id uuid,
        actor_role text,
        actor_organisation text,
        action text NOT NULL,
        object_type text,
        object_id text,
        result text NOT NULL,
        origin text
      );
      CREATE INDEX audit_event_municipality ON audit_event (municipality_id, occurred_at DESC);
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$;
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_event; DROP FUNCTION audit_event_is_append_only();
      DROP TABLE cap_usage; DROP TABLE hour_entry; DROP TABLE deployment; DROP TABLE maatwerk_indication;
      DROP TABLE resident; DROP TABLE user_session; DROP TABLE app_user; DROP TABLE voorziening;
      DROP TABLE catalogue_version; DROP TABLE contract; DROP TABLE provider; DROP TABLE municipality;
    `);
  }
}
