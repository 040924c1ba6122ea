import type { IsoDate } from "../../../shared/dates.js";
import type { Unit } from "../../../shared/units.js";
import { priceCents } from "../../rules/finance.js";

/** What a usage report is asked for; the municipality is already the actor's own. */
export interface UsageQuery {
  municipalityId: string;
  from: IsoDate;
  to: IsoDate;
  providerId: string | null;
  voorzieningCode: string | null;
}

/** One line of the report: a provider's use of one voorziening in one month. */
export interface UsageRow {
  month: string;
  providerId: string;
  providerName: string;
  voorzieningCode: string;
  voorzieningName: string;
  unit: Unit;
  /** In the voorziening's unit (minutes, dagdelen or etmalen), correction lines included. */
  amount: number;
  /** The part of `amount` that comes from correction lines of closed months (negative when hours were taken back). */
  correctionAmount: number;
  correctionLines: number;
  /** Exact; never leaves the server as a number below 5 (rules/finance.ts, residentsShown). */
  residents: number;
  amountCents: number;
  /** Lines without a tariff on their date: they are in the hours but not in the amount. */
  unpricedLines: number;
  closed: boolean;
}

/**
 * The finance lines of a municipality booked between `from` and `to`: each live entry on its
 * booking date (its own date, or the first day of the open month a correction was booked in);
 * an entry taken back after its month closed still counts there, and counts negative on the
 * first day of the month it was taken back in (closed-periods.ts).
 */
const LINES = `
  lines AS (
    SELECT e.deployment_id, e.entry_date, COALESCE(e.booked_in, e.entry_date) AS booked_on, e.amount, e.correction_of IS NOT NULL AS correction
      FROM hour_entry e
     WHERE e.municipality_id = $1 AND (e.deleted_at IS NULL OR e.reversed_in IS NOT NULL)
       AND COALESCE(e.booked_in, e.entry_date) BETWEEN $2::date AND $3::date
    UNION ALL
    SELECT e.deployment_id, e.entry_date, e.reversed_in, -e.amount, true
      FROM hour_entry e
     WHERE e.municipality_id = $1 AND e.reversed_in BETWEEN $2::date AND $3::date
  ),
  filtered AS (
    SELECT l.*, d.provider_id, d.voorziening_code, d.resident_id
      FROM lines l JOIN deployment d ON d.municipality_id = $1 AND d.id = l.deployment_id
     WHERE ($4::uuid IS NULL OR d.provider_id = $4::uuid) AND ($5::text IS NULL OR d.voorziening_code = $5::text)
  )`;

/**
 * The report's rows, grouped by month, provider and voorziening, priced with the tariff of the
 * provider's contract valid on each line's entry date. One query for the screen and the exports,
 * so that both show the same figures.
 */
export const USAGE_ROWS_SQL = `
  WITH ${LINES},
  names AS (
    SELECT DISTINCT ON (v.code) v.code, v.name, v.unit
      FROM voorziening v JOIN catalogue_version cv ON cv.municipality_id = v.municipality_id AND cv.id = v.catalogue_version_id
     WHERE v.municipality_id = $1
     ORDER BY v.code, cv.valid_from DESC
  )
  SELECT to_char(f.booked_on, 'YYYY-MM') AS month,
         f.provider_id AS "providerId", p.name AS "providerName",
         f.voorziening_code AS "voorzieningCode", COALESCE(n.name, f.voorziening_code) AS "voorzieningName", COALESCE(n.unit, 'MINUTES') AS unit,
         SUM(f.amount)::int AS amount,
         COALESCE(SUM(f.amount) FILTER (WHERE f.correction), 0)::int AS "correctionAmount",
         COUNT(*) FILTER (WHERE f.correction)::int AS "correctionLines",
         COUNT(DISTINCT f.resident_id) FILTER (WHERE f.amount > 0)::int AS residents,
         COALESCE(SUM(f.amount::bigint * t.amount_cents) FILTER (WHERE t.unit = 'HOUR'), 0)::text AS "hourMinuteCents",
         COALESCE(SUM(f.amount::bigint * t.amount_cents) FILTER (WHERE t.unit <> 'HOUR'), 0)::text AS "unitCents",
         COUNT(*) FILTER (WHERE t.amount_cents IS NULL)::int AS "unpricedLines",
         bool_or(cp.month IS NOT NULL) AS closed
    FROM filtered f
    JOIN provider p ON p.id = f.provider_id
    LEFT JOIN names n ON n.code = f.voorziening_code
    LEFT JOIN closed_period cp ON cp.municipality_id = $1 AND cp.month = date_trunc('month', f.booked_on)::date
    LEFT JOIN LATERAL (
      SELECT t.unit, t.amount_cents
        FROM tariff t JOIN contract c ON c.municipality_id = t.municipality_id AND c.id = t.contract_id
       WHERE t.municipality_id = $1 AND c.provider_id = f.provider_id AND t.voorziening_code = f.voorziening_code
         AND t.valid_from <= f.entry_date AND c.valid_from <= f.entry_date AND (c.valid_to IS NULL OR c.valid_to >= f.entry_date)
       ORDER BY t.valid_from DESC, c.valid_from DESC
       LIMIT 1
    ) t ON true
   GROUP BY 1, 2, 3, 4, 5, 6
   ORDER BY 1, 3, 2, 4`;

/** Distinct residents over the whole report (a resident in several rows counts once). */
export const USAGE_RESIDENTS_SQL = `
  WITH ${LINES}
  SELECT COUNT(DISTINCT resident_id)::int AS residents FROM filtered WHERE amount > 0`;

export function usageParams(q: UsageQuery): unknown[] {
  return [q.municipalityId, q.from, q.to, q.providerId, q.voorzieningCode];
}

export type RawUsageRow = Omit<UsageRow, "amountCents"> & { hourMinuteCents: string; unitCents: string };

export function toUsageRow({ hourMinuteCents, unitCents, ...row }: RawUsageRow): UsageRow {
  return { ...row, amountCents: priceCents(Number(hourMinuteCents), Number(unitCents)) };
}

export interface UsageTotals {
  minutes: number;
  dagdelen: number;
  etmalen: number;
  correctionLines: number;
  residents: number;
  amountCents: number;
  unpricedLines: number;
}

/** Adds a row to running totals (the totals are the sum of the rows shown, amounts included). */
export function addToTotals(totals: Omit<UsageTotals, "residents">, row: UsageRow): void {
  if (row.unit === "MINUTES") totals.minutes += row.amount;
  else if (row.unit === "DAGDELEN") totals.dagdelen += row.amount;
  else totals.etmalen += row.amount;
  totals.correctionLines += row.correctionLines;
  totals.amountCents += row.amountCents;
  totals.unpricedLines += row.unpricedLines;
}

export function emptyTotals(): Omit<UsageTotals, "residents"> {
  return { minutes: 0, dagdelen: 0, etmalen: 0, correctionLines: 0, amountCents: 0, unpricedLines: 0 };
}
