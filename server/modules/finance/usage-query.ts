import type { IsoDate } from "../../../shared/dates.js";
import type { Unit } from "../../../shared/units.js";
import { monthParts, priceCents } from "../../rules/finance.js";

/**
 * The report summaries (migrations/1764300000000-UsageSummaries.ts, which also holds
 * REBUILD_USAGE_SUMMARIES_SQL): what the usage report, its
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
 * this file describes: each counting entry on its booking date, and a negative line in the
 * month an entry of a closed month was taken back in.
 */

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

const FILTERS = (alias: string) => `($4::uuid IS NULL OR ${alias}.provider_id = $4::uuid) AND ($5::text IS NULL OR ${alias}.voorziening_code = $5::text)`;

/**
 * The residents counted between `from` and `to`, per booking month, provider and voorziening
 * (the summaries above): whole months from usage_resident_month; a month the range cuts through
 * ($8-$9 before the whole months, $10-$11 after) from the entries booked in that part, found by
 * the booking-date index. A finance line counts its resident when it is positive: each counting
 * entry on its booking date, the entry of a closed month taken back later included. Each
 * (month, provider, voorziening, resident) comes once: the month rows are unique by their key,
 * the cut months are made distinct and are other months; so a row's residents are a count(*).
 */
const WHOLE_MONTH_RESIDENTS = `
    SELECT r.booked_month, r.provider_id, r.voorziening_code, r.resident_id
      FROM usage_resident_month r
     WHERE r.municipality_id = $1 AND r.positive_lines > 0 AND r.booked_month BETWEEN $6::date AND $7::date
       AND r.booked_month BETWEEN date_trunc('month', $2::date::timestamp)::date AND $3::date AND ${FILTERS("r")}`;
const CUT_MONTH_RESIDENTS = `
    SELECT DISTINCT date_trunc('month', COALESCE(e.booked_in, e.entry_date)::timestamp)::date AS booked_month, d.provider_id, d.voorziening_code, d.resident_id
      FROM hour_entry e JOIN deployment d ON d.municipality_id = e.municipality_id AND d.id = e.deployment_id
     WHERE e.municipality_id = $1 AND (e.deleted_at IS NULL OR e.reversed_in IS NOT NULL)
       AND (COALESCE(e.booked_in, e.entry_date) BETWEEN $8::date AND $9::date OR COALESCE(e.booked_in, e.entry_date) BETWEEN $10::date AND $11::date)
       AND ${FILTERS("d")}`;
const RESIDENTS = `
  residents AS (${WHOLE_MONTH_RESIDENTS}
    UNION ALL${CUT_MONTH_RESIDENTS}
  )`;

/**
 * The residents per booking month, provider and voorziening (RESIDENTS): each part counted on
 * its own, as a whole month and a cut month are never the same month, so that the month rows
 * are counted as they are read, not first passed on through a union.
 */
const COUNTED = `
  counted AS (
    SELECT booked_month, provider_id, voorziening_code, COUNT(*) AS residents FROM (${WHOLE_MONTH_RESIDENTS}
    ) whole GROUP BY 1, 2, 3
    UNION ALL
    SELECT booked_month, provider_id, voorziening_code, COUNT(*) FROM (${CUT_MONTH_RESIDENTS}
    ) cut GROUP BY 1, 2, 3
  )`;

/**
 * The tariff in force for each provider and voorziening as periods: between two consecutive
 * dates on which a tariff or a contract starts or ends, the price is the one of the newest
 * tariff (then the newest contract) valid then, exactly as a lookup per entry would find it.
 * The report joins its day rows to these few periods instead of looking a price up per line.
 */
const TARIFF_PERIODS = `
  starts AS (
    SELECT DISTINCT c.provider_id, t.voorziening_code, x.day
      FROM tariff t JOIN contract c ON c.municipality_id = t.municipality_id AND c.id = t.contract_id
     CROSS JOIN LATERAL (VALUES (t.valid_from), (c.valid_from), (c.valid_to + 1)) x(day)
     WHERE t.municipality_id = $1 AND x.day IS NOT NULL
  ),
  periods AS (
    SELECT s.provider_id, s.voorziening_code, s.day AS valid_from,
           lead(s.day) OVER (PARTITION BY s.provider_id, s.voorziening_code ORDER BY s.day) AS valid_until,
           price.unit, price.amount_cents
      FROM starts s
      LEFT JOIN LATERAL (
        SELECT t.unit, t.amount_cents
          FROM tariff t JOIN contract c ON c.municipality_id = t.municipality_id AND c.id = t.contract_id
         WHERE t.municipality_id = $1 AND c.provider_id = s.provider_id AND t.voorziening_code = s.voorziening_code
           AND t.valid_from <= s.day AND c.valid_from <= s.day AND (c.valid_to IS NULL OR c.valid_to >= s.day)
         ORDER BY t.valid_from DESC, c.valid_from DESC
         LIMIT 1
      ) price ON true
  )`;

/**
 * The report's rows, grouped by booking month, provider and voorziening, read from the summary
 * rows (the summaries above) and priced per day row with the tariff valid on its entry date. One
 * query for the screen and the exports, so that both show the same figures. Amounts and prices
 * are summed as bigint/numeric and leave as text: no total overflows.
 */
export const USAGE_ROWS_SQL = `
  WITH ${TARIFF_PERIODS},
  days AS (
    SELECT u.booked_on, u.provider_id, u.voorziening_code, u.correction, u.amount, u.lines, t.unit AS tariff_unit, t.amount_cents
      FROM usage_day u
      LEFT JOIN periods t ON t.provider_id = u.provider_id AND t.voorziening_code = u.voorziening_code
       AND u.entry_date >= t.valid_from AND (t.valid_until IS NULL OR u.entry_date < t.valid_until)
     WHERE u.municipality_id = $1 AND u.booked_on BETWEEN $2::date AND $3::date AND u.lines > 0 AND ${FILTERS("u")}
  ),
  sums AS (
    SELECT date_trunc('month', booked_on::timestamp)::date AS month, provider_id, voorziening_code,
           SUM(amount) AS amount,
           COALESCE(SUM(amount) FILTER (WHERE correction), 0) AS correction_amount,
           COALESCE(SUM(lines) FILTER (WHERE correction), 0) AS correction_lines,
           COALESCE(SUM(amount * amount_cents) FILTER (WHERE tariff_unit = 'HOUR'), 0) AS hour_minute_cents,
           COALESCE(SUM(amount * amount_cents) FILTER (WHERE tariff_unit <> 'HOUR'), 0) AS unit_cents,
           COALESCE(SUM(lines) FILTER (WHERE amount_cents IS NULL), 0) AS unpriced_lines
      FROM days GROUP BY 1, 2, 3
  ),
  ${COUNTED},
  names AS (
    SELECT DISTINCT ON (v.code) v.code, v.name, v.unit
      FROM voorziening v JOIN catalogue_version cv ON cv.municipality_id = v.municipality_id AND cv.id = v.catalogue_version_id
     WHERE v.municipality_id = $1
     ORDER BY v.code, cv.valid_from DESC
  )
  SELECT to_char(s.month::timestamp, 'YYYY-MM') AS month,
         s.provider_id AS "providerId", p.name AS "providerName",
         s.voorziening_code AS "voorzieningCode", COALESCE(n.name, s.voorziening_code) AS "voorzieningName", COALESCE(n.unit, 'MINUTES') AS unit,
         s.amount::int AS amount, s.correction_amount::int AS "correctionAmount", s.correction_lines::int AS "correctionLines",
         COALESCE(c.residents, 0)::int AS residents,
         s.hour_minute_cents::text AS "hourMinuteCents", s.unit_cents::text AS "unitCents",
         s.unpriced_lines::int AS "unpricedLines",
         cp.month IS NOT NULL AS closed
    FROM sums s
    JOIN provider p ON p.id = s.provider_id
    LEFT JOIN names n ON n.code = s.voorziening_code
    LEFT JOIN counted c ON c.booked_month = s.month AND c.provider_id = s.provider_id AND c.voorziening_code = s.voorziening_code
    LEFT JOIN closed_period cp ON cp.municipality_id = $1 AND cp.month = s.month
   ORDER BY 1, 3, 2, 4`;

/** Distinct residents over the whole report (a resident in several rows counts once). */
export const USAGE_RESIDENTS_SQL = `
  WITH ${RESIDENTS}
  SELECT COUNT(*)::int AS residents FROM (SELECT DISTINCT resident_id FROM residents) r`;

/**
 * The parameters of both queries: the request, the whole months in the range ($6, $7: their
 * first days) and the parts of months before and after them ($8-$9, $10-$11; null when none).
 */
export function usageParams(q: UsageQuery): unknown[] {
  const { whole, before, after } = monthParts(q.from, q.to);
  return [q.municipalityId, q.from, q.to, q.providerId, q.voorzieningCode, whole?.[0] ?? null, whole?.[1] ?? null, before?.[0] ?? null, before?.[1] ?? null, after?.[0] ?? null, after?.[1] ?? null];
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
