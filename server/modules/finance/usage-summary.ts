/**
 * The report summaries (migrations/1764300000000-UsageSummaries.ts): what the usage report, its
 * exports and the yearly review count, kept beside the entries so that a report reads thousands
 * of summary rows, not every entry.
 *
 *   usage_day             per booking date, provider, voorziening, entry date and correction
 *                         flag: the amount and the number of finance lines (priced per row from
 *                         the tariff valid on the entry date)
 *   usage_resident_month  per booking month, provider, voorziening and resident: the positive
 *                         lines, so distinct residents are counted from these rows
 *
 * A trigger on hour_entry (usage_apply) changes them in the same transaction as every insert,
 * correction, deletion and correction line of a closed month, whichever code wrote the entry:
 * it takes the old row's lines out and puts the new row's in. A finance line is what
 * usage-query.ts describes: each counting entry on its booking date, and a negative line in the
 * month an entry of a closed month was taken back in.
 *
 * REBUILD_USAGE_SUMMARIES_SQL derives both tables from the entries; the migration fills them
 * with it, and the benchmark after seeding with COPY (which skips the trigger).
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
