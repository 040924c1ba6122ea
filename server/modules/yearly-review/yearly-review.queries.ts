import type { EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import { EMPTY_FIGURES, reviewsDueIn, type YearlyFigures } from "../../rules/yearly-review.js";
import type { ReviewOutcome } from "../../rules/waakvlam.js";

/** "provider id|voorziening code": one line of the overview. */
export type LineKey = string;
export const lineKey = (providerId: string, code: string): LineKey => `${providerId}|${code}`;

export interface SpanFigures {
  lines: Map<LineKey, YearlyFigures>;
  /** Distinct residents over every line: one resident with two deployments counts once. */
  residents: number;
}

/** One row of a figures query: a line's key and some of its figures. */
type LineRow<K extends keyof YearlyFigures> = { providerId: string; code: string } & Pick<YearlyFigures, K>;

/** The voorziening in force on `dateExpr` for deployment `d` (alias), as the cap engine judges it. */
const voorzieningOn = (dateExpr: string) => `
  voorziening v ON v.municipality_id = d.municipality_id AND v.code = d.voorziening_code
   AND v.catalogue_version_id = (SELECT cv.id FROM catalogue_version cv
                                  WHERE cv.municipality_id = d.municipality_id AND cv.valid_from <= ${dateExpr}
                                  ORDER BY cv.valid_from DESC LIMIT 1)`;

/**
 * Counts the figures of one span (`from` to `to`, both inclusive) per provider and
 * voorziening, all in SQL and all scoped to one municipality. A declined deployment never
 * ran, so it counts nowhere. `today` decides which half years have ended. The caller runs
 * this in one snapshot (REPEATABLE READ), so the figures agree with each other.
 */
export async function figuresOfSpan(manager: EntityManager, municipalityId: string, from: IsoDate, to: IsoDate, today: IsoDate): Promise<SpanFigures> {
  const params = [municipalityId, from, to];
  // The grouping set () adds one row with a null provider: the residents over every line.
  const deployments = await manager.query<Array<LineRow<"deploymentsStarted" | "deploymentsRunning" | "deploymentsEnded" | "residents">>>(
    `SELECT d.provider_id AS "providerId", d.voorziening_code AS code,
            count(*) FILTER (WHERE d.start_date >= $2)::int AS "deploymentsStarted",
            count(*)::int AS "deploymentsRunning",
            count(*) FILTER (WHERE d.end_date <= $3)::int AS "deploymentsEnded",
            count(DISTINCT d.resident_id)::int AS residents
       FROM deployment d
      WHERE d.municipality_id = $1 AND d.approval_status <> 'DECLINED'
        AND d.start_date <= $3 AND (d.end_date IS NULL OR d.end_date >= $2)
      GROUP BY GROUPING SETS ((d.provider_id, d.voorziening_code), ())`,
    params,
  );
  // From the report summaries (finance/usage-query.ts): by entry date, a line taken back
  // cancels its entry, so the sum is that of the live entries. Booked on or after its date.
  const amounts = await manager.query<Array<LineRow<"amount">>>(
    `SELECT u.provider_id AS "providerId", u.voorziening_code AS code, SUM(u.amount)::int AS amount
       FROM usage_day u
      WHERE u.municipality_id = $1 AND u.booked_on >= $2 AND u.entry_date BETWEEN $2 AND $3
      GROUP BY 1, 2 HAVING SUM(u.amount) <> 0`,
    params,
  );
  // A full window (used = cap) reached its cap on the date of its last entry: every entry
  // is positive, so the running sum by date first meets the cap there. A window is the
  // resident's or household's (cap_total); it is credited to the deployment that wrote last.
  const capsReached = await manager.query<Array<LineRow<"capWindowsAtCap" | "deploymentsAtCap">>>(
    `SELECT d.provider_id AS "providerId", d.voorziening_code AS code,
            count(*)::int AS "capWindowsAtCap", count(DISTINCT d.id)::int AS "deploymentsAtCap"
       FROM cap_total u
       JOIN deployment d ON d.municipality_id = u.municipality_id AND d.id = u.last_deployment_id
       CROSS JOIN LATERAL (
         SELECT max(e.entry_date) AS filled_on FROM hour_entry e
          WHERE e.municipality_id = u.municipality_id AND e.deployment_id = u.last_deployment_id AND e.deleted_at IS NULL
            AND e.entry_date >= u.window_start AND (u.window_end IS NULL OR e.entry_date <= u.window_end)) f
      WHERE u.municipality_id = $1 AND u.cap_amount IS NOT NULL AND u.used_amount = u.cap_amount
        AND f.filled_on BETWEEN $2 AND $3
      GROUP BY 1, 2`,
    params,
  );
  // Half years with hours that are over (their last day has passed) and ended in the span.
  const halfYears = await manager.query<Array<LineRow<"halfYearsEnded" | "halfYearsEndedAtCap">>>(
    `SELECT d.provider_id AS "providerId", d.voorziening_code AS code,
            count(*)::int AS "halfYearsEnded",
            count(*) FILTER (WHERE u.used_amount = u.cap_amount)::int AS "halfYearsEndedAtCap"
       FROM cap_total u
       JOIN deployment d ON d.municipality_id = u.municipality_id AND d.id = u.last_deployment_id
       JOIN ${voorzieningOn("u.window_end")}
      WHERE u.municipality_id = $1 AND v.cap_window = 'HALF_YEAR' AND u.cap_amount IS NOT NULL AND u.used_amount > 0
        AND u.window_end BETWEEN $2 AND $3 AND u.window_end < $4
      GROUP BY 1, 2`,
    [...params, today],
  );
  // Waakvlam deployments whose review years may start in the span (a stop ends the
  // deployment the day before the review year it decides), with their decisions.
  const reviewed = await manager.query<Array<{ providerId: string; code: string; startDate: IsoDate; endDate: IsoDate | null; cycleMonths: number; decisions: Record<string, ReviewOutcome> }>>(
    `SELECT d.provider_id AS "providerId", d.voorziening_code AS code, d.start_date AS "startDate", d.end_date AS "endDate",
            v.review_cycle_months AS "cycleMonths",
            COALESCE(json_object_agg(r.review_year, r.decision) FILTER (WHERE r.decision IS NOT NULL), '{}') AS decisions
       FROM deployment d
       JOIN ${voorzieningOn("d.start_date")}
       LEFT JOIN waakvlam_review r ON r.municipality_id = d.municipality_id AND r.deployment_id = d.id
      WHERE d.municipality_id = $1 AND v.review_cycle_months IS NOT NULL AND d.approval_status <> 'DECLINED'
        AND d.start_date <= $3 AND (d.end_date IS NULL OR d.end_date >= $2::date - 1)
      GROUP BY d.municipality_id, d.id, v.review_cycle_months`,
    params,
  );

  const lines = new Map<LineKey, YearlyFigures>();
  const line = (row: { providerId: string; code: string }) => {
    const key = lineKey(row.providerId, row.code);
    if (!lines.has(key)) lines.set(key, { ...EMPTY_FIGURES });
    return lines.get(key)!;
  };
  let residents = 0;
  for (const row of deployments) {
    if (row.providerId === null) residents = row.residents;
    else Object.assign(line(row), pick(row, ["deploymentsStarted", "deploymentsRunning", "deploymentsEnded", "residents"]));
  }
  for (const row of amounts) line(row).amount = row.amount;
  for (const row of capsReached) Object.assign(line(row), pick(row, ["capWindowsAtCap", "deploymentsAtCap"]));
  for (const row of halfYears) Object.assign(line(row), pick(row, ["halfYearsEnded", "halfYearsEndedAtCap"]));
  for (const row of reviewed) {
    const decisions = new Map(Object.entries(row.decisions).map(([year, outcome]) => [Number(year), outcome]));
    const due = reviewsDueIn({ ...row, decisions }, from, to);
    if (due.reviewsContinued + due.reviewsStopped + due.reviewsOpen === 0) continue;
    const figures = line(row);
    figures.reviewsContinued += due.reviewsContinued;
    figures.reviewsStopped += due.reviewsStopped;
    figures.reviewsOpen += due.reviewsOpen;
  }
  return { lines, residents };
}

function pick<K extends keyof YearlyFigures>(row: Pick<YearlyFigures, K>, keys: K[]): Pick<YearlyFigures, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<YearlyFigures, K>;
}
