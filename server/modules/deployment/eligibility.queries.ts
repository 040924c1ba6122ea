import type { EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import type { CapOwnerKind } from "../../rules/cap-owner.js";
import { INDIVIDUAL_BEGELEIDING_CODES, MAATWERK_BEGELEIDING, productsCovering, type ApprovalFacts, type EligibilityFacts } from "../../rules/eligibility.js";

interface Subject {
  municipalityId: string;
  providerId: string;
  residentId: string;
}

/** The facts rules/eligibility.ts judges, for one resident, provider and date. */
export async function eligibilityFacts(manager: EntityManager, s: Subject, date: IsoDate): Promise<EligibilityFacts> {
  const [row] = await manager.query<Array<{ days: Array<EligibilityFacts & { date: IsoDate }> }>>(
    `SELECT ${eligibilityByDaySql({ municipality: "$1", provider: "$2", resident: "$3", days: "ARRAY[$4::date]", product: "$5", codes: "$6" })} AS days`,
    [s.municipalityId, s.providerId, s.residentId, date, MAATWERK_BEGELEIDING, INDIVIDUAL_BEGELEIDING_CODES],
  );
  const { date: _date, ...facts } = row.days[0];
  return facts;
}

/**
 * The eligibility facts of one resident and provider on each date of `days` (an SQL date[]),
 * as a JSON list of `{ date, householdMaatwerkBySameProvider, endedBegeleidingBySameProvider }`
 * in the order of `days`;
 * the arguments are SQL expressions (placeholders), so that a statement reading more facts can
 * carry it. `product` is MAATWERK_BEGELEIDING, `codes` INDIVIDUAL_BEGELEIDING_CODES.
 */
export function eligibilityByDaySql(p: { municipality: string; provider: string; resident: string; days: string; product: string; codes: string }): string {
  return `(SELECT COALESCE(json_agg(json_build_object(
       'date', day::text,
       'householdMaatwerkBySameProvider',
       EXISTS (SELECT 1 FROM maatwerk_indication i JOIN resident r ON r.municipality_id = i.municipality_id AND r.id = ${p.resident}
                WHERE i.municipality_id = ${p.municipality} AND i.provider_id = ${p.provider} AND i.product = ${p.product}
                  AND i.start_date <= day AND (i.end_date IS NULL OR i.end_date >= day)
                  AND (i.resident_id = r.id OR i.household_code = r.household_code)),
       'endedBegeleidingBySameProvider',
       (EXISTS (SELECT 1 FROM maatwerk_indication i
                 WHERE i.municipality_id = ${p.municipality} AND i.provider_id = ${p.provider} AND i.resident_id = ${p.resident} AND i.product = ${p.product} AND i.end_date < day)
        OR EXISTS (SELECT 1 FROM deployment d
                 WHERE d.municipality_id = ${p.municipality} AND d.provider_id = ${p.provider} AND d.resident_id = ${p.resident} AND d.voorziening_code = ANY(${p.codes})
                   AND d.end_date < day
                   -- delivered: hours were written on it, which only an approved deployment (or one
                   -- that needs no approval) takes; begeleiding without any hour did not happen
                   AND EXISTS (SELECT 1 FROM hour_entry e
                                WHERE e.municipality_id = d.municipality_id AND e.deployment_id = d.id AND e.deleted_at IS NULL)))) ORDER BY n), '[]')
     FROM unnest(${p.days}) WITH ORDINALITY AS x(day, n))`;
}

/**
 * The facts approvalNeeded judges for a new deployment of the voorziening `code` (declared in
 * iWmo product category `iwmoProductCategory`) starting on `date`; the caller holds the
 * resident's row lock, so two requests cannot both be "the first".
 */
export async function approvalFacts(
  manager: EntityManager,
  s: Subject & { code: string; iwmoProductCategory: string },
  date: IsoDate,
): Promise<ApprovalFacts> {
  const [row] = await manager.query<ApprovalFacts[]>(
    `SELECT
       (SELECT count(*) FROM deployment d
         WHERE d.municipality_id = $1 AND d.resident_id = $2 AND d.voorziening_code = $3 AND d.approval_status <> 'DECLINED')::int AS "earlierOfSameKind",
       EXISTS (SELECT 1 FROM maatwerk_indication i
                WHERE i.municipality_id = $1 AND i.resident_id = $2 AND i.product = $5
                  AND i.start_date <= $4 AND (i.end_date IS NULL OR i.end_date >= $4)) AS "maatwerkActive",
       (SELECT min(i.start_date)::text FROM maatwerk_indication i
         WHERE i.municipality_id = $1 AND i.resident_id = $2 AND i.product = $5 AND i.start_date > $4) AS "maatwerkStartsAfter",
       (SELECT json_build_object('decidedOn', (r.decided_at AT TIME ZONE 'Europe/Amsterdam')::date, 'motivation', r.decision_motivation)
          FROM waakvlam_review r JOIN deployment d ON d.municipality_id = r.municipality_id AND d.id = r.deployment_id
         WHERE r.municipality_id = $1 AND d.resident_id = $2 AND d.voorziening_code = $3 AND r.decision = 'STOP'
         ORDER BY r.decided_at DESC LIMIT 1) AS "stoppedBefore",
       EXISTS (SELECT 1 FROM maatwerk_indication i
                WHERE i.municipality_id = $1 AND i.resident_id = $2 AND i.provider_id = $6 AND i.product = ANY($7::text[])
                  AND i.start_date <= $4 AND (i.end_date IS NULL OR i.end_date >= $4)) AS "grantedByIndication"`,
    [s.municipalityId, s.residentId, s.code, date, MAATWERK_BEGELEIDING, s.providerId, productsCovering(s.iwmoProductCategory)],
  );
  return row;
}

/**
 * How many deployments of this voorziening run for the owner in the period (not declined; a
 * planned one counts), and the anchor the resident's earlier ones count their years from. The
 * caller holds the owner's row lock (the resident's, and for a household also the household's).
 */
export async function runningFacts(
  manager: EntityManager,
  subject: { municipalityId: string; residentId: string; code: string },
  owner: CapOwnerKind,
  period: { startDate: IsoDate; endDate: IsoDate | null },
): Promise<{ running: number; anchor: IsoDate | null }> {
  const [row] = await manager.query<Array<{ running: number; anchor: IsoDate | null }>>(
    `SELECT
       (SELECT count(*) FROM deployment d
         WHERE d.municipality_id = $1 AND d.voorziening_code = $3 AND d.approval_status <> 'DECLINED'
           AND d.start_date <= COALESCE($6::date, 'infinity') AND COALESCE(d.end_date, 'infinity') >= $5
           AND (d.resident_id = $2 OR ($4 = 'HOUSEHOLD' AND d.resident_id IN (
                 SELECT o.id FROM resident o JOIN resident r ON r.municipality_id = o.municipality_id AND r.household_code = o.household_code
                  WHERE r.municipality_id = $1 AND r.id = $2))))::int AS running,
       (SELECT min(d.window_anchor)::text FROM deployment d
         WHERE d.municipality_id = $1 AND d.resident_id = $2 AND d.voorziening_code = $3) AS anchor`,
    [subject.municipalityId, subject.residentId, subject.code, owner, period.startDate, period.endDate],
  );
  return row;
}
