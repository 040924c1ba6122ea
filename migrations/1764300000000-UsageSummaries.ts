import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Report summaries beside the entries (described in server/modules/finance/usage-query.ts), kept by a
 * trigger on hour_entry in the same transaction as every write, so a report reads thousands of
 * summary rows instead of a million entries. Tariffs become bigint-safe for sums in the
 * summaries; a tariff itself stays an integer of cents within a sensible range.
 */
export class UsageSummaries1764300000000 implements MigrationInterface {
  name = "UsageSummaries1764300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The finance lines of each booking date, entry date, provider and voorziening: what the
      -- usage report sums and prices (a tariff is found per row, not per entry). booked_on is
      -- the entry's own date, or the first day of the open month a correction line is booked in.
      CREATE TABLE usage_day (
        municipality_id uuid NOT NULL,
        booked_on date NOT NULL,
        provider_id uuid NOT NULL,
        voorziening_code text NOT NULL,
        entry_date date NOT NULL,
        correction boolean NOT NULL,
        amount bigint NOT NULL,
        lines integer NOT NULL CHECK (lines >= 0),
        PRIMARY KEY (municipality_id, booked_on, provider_id, voorziening_code, entry_date, correction)
      );

      -- Who is counted: per booking month, provider, voorziening and resident, the positive
      -- lines (an entry, never a line that takes one back). A resident with lines > 0 counts.
      CREATE TABLE usage_resident_month (
        municipality_id uuid NOT NULL,
        booked_month date NOT NULL,
        provider_id uuid NOT NULL,
        voorziening_code text NOT NULL,
        resident_id uuid NOT NULL,
        positive_lines integer NOT NULL CHECK (positive_lines >= 0),
        PRIMARY KEY (municipality_id, booked_month, provider_id, voorziening_code, resident_id)
      );

      -- Adds to a summary row. Taking lines out is a plain UPDATE: an upsert would first propose
      -- a row with a negative count, which the CHECK refuses (as for cap_usage).
      CREATE FUNCTION usage_day_add(m uuid, booked date, p uuid, v text, d date, corr boolean, delta bigint, n integer) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF n < 0 THEN
          UPDATE usage_day SET amount = amount + delta, lines = lines + n
           WHERE municipality_id = m AND booked_on = booked AND provider_id = p AND voorziening_code = v AND entry_date = d AND correction = corr;
        ELSE
          INSERT INTO usage_day AS u (municipality_id, booked_on, provider_id, voorziening_code, entry_date, correction, amount, lines)
          VALUES (m, booked, p, v, d, corr, delta, n)
          ON CONFLICT (municipality_id, booked_on, provider_id, voorziening_code, entry_date, correction)
          DO UPDATE SET amount = u.amount + EXCLUDED.amount, lines = u.lines + EXCLUDED.lines;
        END IF;
      END $$;

      CREATE FUNCTION usage_resident_add(m uuid, month date, p uuid, v text, r uuid, n integer) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF n < 0 THEN
          UPDATE usage_resident_month SET positive_lines = positive_lines + n
           WHERE municipality_id = m AND booked_month = month AND provider_id = p AND voorziening_code = v AND resident_id = r;
        ELSE
          INSERT INTO usage_resident_month AS u (municipality_id, booked_month, provider_id, voorziening_code, resident_id, positive_lines)
          VALUES (m, month, p, v, r, n)
          ON CONFLICT (municipality_id, booked_month, provider_id, voorziening_code, resident_id)
          DO UPDATE SET positive_lines = u.positive_lines + EXCLUDED.positive_lines;
        END IF;
      END $$;

      -- The lines of one entry row, counted sign times: its own line while it counts (live, or
      -- taken back after its month closed), and the negative line in the month it was taken back in.
      CREATE FUNCTION usage_apply(e hour_entry, sign integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        d record;
        booked date := COALESCE(e.booked_in, e.entry_date);
      BEGIN
        IF e.deleted_at IS NOT NULL AND e.reversed_in IS NULL THEN
          RETURN;
        END IF;
        SELECT provider_id, resident_id, voorziening_code INTO d
          FROM deployment WHERE municipality_id = e.municipality_id AND id = e.deployment_id;
        PERFORM usage_day_add(e.municipality_id, booked, d.provider_id, d.voorziening_code, e.entry_date, e.correction_of IS NOT NULL, sign * e.amount, sign);
        PERFORM usage_resident_add(e.municipality_id, date_trunc('month', booked)::date, d.provider_id, d.voorziening_code, d.resident_id, sign);
        IF e.reversed_in IS NOT NULL THEN
          PERFORM usage_day_add(e.municipality_id, e.reversed_in, d.provider_id, d.voorziening_code, e.entry_date, true, -sign * e.amount, sign);
        END IF;
      END $$;

      CREATE FUNCTION hour_entry_usage() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM usage_apply(OLD, -1); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM usage_apply(NEW, 1); END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER hour_entry_usage_write AFTER INSERT OR DELETE ON hour_entry
        FOR EACH ROW EXECUTE FUNCTION hour_entry_usage();
      CREATE TRIGGER hour_entry_usage_change AFTER UPDATE ON hour_entry FOR EACH ROW
        WHEN ((OLD.deployment_id, OLD.entry_date, OLD.amount, OLD.deleted_at IS NULL, OLD.booked_in, OLD.reversed_in, OLD.correction_of IS NULL)
              IS DISTINCT FROM (NEW.deployment_id, NEW.entry_date, NEW.amount, NEW.deleted_at IS NULL, NEW.booked_in, NEW.reversed_in, NEW.correction_of IS NULL))
        EXECUTE FUNCTION hour_entry_usage();

      -- A tariff is whole cents up to 10.000 euro per unit (finance.service.ts refuses more
      -- with a clear message; this is the last line of defence).
      ALTER TABLE tariff ADD CONSTRAINT tariff_amount_range CHECK (amount_cents <= 1000000);
    `);
    await q.query(REBUILD_USAGE_SUMMARIES_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tariff DROP CONSTRAINT tariff_amount_range;
      DROP TRIGGER hour_entry_usage_change ON hour_entry; DROP TRIGGER hour_entry_usage_write ON hour_entry;
      DROP FUNCTION hour_entry_usage(); DROP FUNCTION usage_apply(hour_entry, integer);
      DROP FUNCTION usage_resident_add(uuid, date, uuid, text, uuid, integer); DROP FUNCTION usage_day_add(uuid, date, uuid, text, date, boolean, bigint, integer);
      DROP TABLE usage_resident_month; DROP TABLE usage_day;
    `);
  }
}

/**
 * Derives both summary tables from the entries: this migration fills them with it, and the
 * benchmark after seeding with COPY (which skips the trigger). Kept here, not in a module, so
 * that what this migration does can never change after it has landed.
 */
export const REBUILD_USAGE_SUMMARIES_SQL = `
  DELETE FROM usage_day;
  DELETE FROM usage_resident_month;
  WITH lines AS (
    SELECT e.municipality_id, l.booked_on, d.provider_id, d.voorziening_code, d.resident_id, e.entry_date, l.correction, l.amount
      FROM hour_entry e
      JOIN deployment d ON d.municipality_id = e.municipality_id AND d.id = e.deployment_id
      CROSS JOIN LATERAL (
        SELECT COALESCE(e.booked_in, e.entry_date) AS booked_on, e.correction_of IS NOT NULL AS correction, e.amount
         WHERE e.deleted_at IS NULL OR e.reversed_in IS NOT NULL
        UNION ALL
        SELECT e.reversed_in, true, -e.amount WHERE e.reversed_in IS NOT NULL
      ) l
  ),
  days AS (
    INSERT INTO usage_day (municipality_id, booked_on, provider_id, voorziening_code, entry_date, correction, amount, lines)
    SELECT municipality_id, booked_on, provider_id, voorziening_code, entry_date, correction, SUM(amount), COUNT(*)
      FROM lines GROUP BY 1, 2, 3, 4, 5, 6
  )
  INSERT INTO usage_resident_month (municipality_id, booked_month, provider_id, voorziening_code, resident_id, positive_lines)
  SELECT municipality_id, date_trunc('month', booked_on)::date, provider_id, voorziening_code, resident_id, COUNT(*)
    FROM lines WHERE amount > 0 GROUP BY 1, 2, 3, 4, 5`;
