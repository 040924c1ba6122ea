import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Finance: tariffs per contract and voorziening with a validity date, closed months, and the
 * booking columns on hour_entry that let a correction of a closed month be booked in the first
 * open month instead of changing the closed one (server/modules/finance/closed-periods.ts).
 */
export class Finance1763935200000 implements MigrationInterface {
  name = "Finance1763935200000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- A price per hour, dagdeel or etmaal in whole cents. A tariff holds from valid_from until
      -- the next tariff of the same contract and voorziening starts.
      CREATE TABLE tariff (
        municipality_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL,
        voorziening_code text NOT NULL CHECK (voorziening_code ~ '^[A-Z][A-Z0-9_]*$'),
        unit text NOT NULL CHECK (unit IN ('HOUR', 'DAGDEEL', 'ETMAAL')),
        amount_cents integer NOT NULL CHECK (amount_cents >= 0),
        valid_from date NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, id),
        FOREIGN KEY (municipality_id, contract_id) REFERENCES contract (municipality_id, id),
        UNIQUE (municipality_id, contract_id, voorziening_code, valid_from)
      );

      -- A month the municipality has closed for finance; month is its first day.
      CREATE TABLE closed_period (
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        closed_by uuid NOT NULL REFERENCES app_user(id),
        closed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, month)
      );

      -- booked_in: the first day of the month the entry is booked in when that is not the month
      --   of its own date (a correction line of a closed month); null: booked on its own date.
      -- correction_of: the entry of a closed month that this entry replaces.
      -- reversed_in: the first day of the month in which this entry is taken back (it was
      --   corrected or deleted after its own month closed); it stays counted in its own month.
      ALTER TABLE hour_entry
        ADD COLUMN booked_in date CHECK (booked_in IS NULL OR extract(day FROM booked_in) = 1),
        ADD COLUMN correction_of uuid,
        ADD COLUMN reversed_in date CHECK (reversed_in IS NULL OR extract(day FROM reversed_in) = 1),
        ADD FOREIGN KEY (municipality_id, correction_of) REFERENCES hour_entry (municipality_id, id),
        ADD CHECK (reversed_in IS NULL OR deleted_at IS NOT NULL);
      CREATE INDEX hour_entry_booking ON hour_entry (municipality_id, (COALESCE(booked_in, entry_date)));
      CREATE INDEX hour_entry_reversal ON hour_entry (municipality_id, reversed_in) WHERE reversed_in IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX hour_entry_reversal; DROP INDEX hour_entry_booking;
      ALTER TABLE hour_entry DROP COLUMN reversed_in, DROP COLUMN correction_of, DROP COLUMN booked_in;
      DROP TABLE closed_period; DROP TABLE tariff;
    `);
  }
}
