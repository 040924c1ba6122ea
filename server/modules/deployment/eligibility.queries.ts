import type { EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import { INDIVIDUAL_BEGELEIDING_CODES, MAATWERK_BEGELEIDING, type ApprovalFacts, type EligibilityFacts } from "../../rules/eligibility.js";

interface Subject {
  municipalityId: string;
  providerId: string;
  residentId: string;
}

/** The facts rules/eligibility.ts judges, for one resident, provider and date. */
export async function eligibilityFacts(manager: EntityManager, s: Subject, date: IsoDate): Promise<EligibilityFacts> {
  const [row] = await manager.query<EligibilityFacts[]>(
    `SELECT
       EXISTS (SELECT 1 FROM maatwerk_indication i JOIN resident r ON r.municipality_id = i.municipality_id AND r.id = $3
                WHERE i.municipality_id = $1 AND i.provider_id = $2 AND i.product = $5
                  AND i.start_date <= $4 AND (i.end_date IS NULL OR i.end_date >= $4)
                  AND (i.resident_id = r.id OR i.household_code = r.household_code)) AS "householdMaatwerkBySameProvider",
       (EXISTS (SELECT 1 FROM maatwerk_indication i
                 WHERE i.municipality_id = $1 AND i.provider_id = $2 AND i.resident_id = $3 AND i.product = $5 AND i.end_date < $4)
        OR EXISTS (SELECT 1 FROM deployment d
                 WHERE d.municipality_id = $1 AND d.provider_id = $2 AND d.resident_id = $3 AND d.voorziening_code = ANY($6)
                   AND d.end_date < $4 AND d.approval_status <> 'DECLINED')) AS "endedBegeleidingBySameProvider"`,
    [s.municipalityId, s.providerId, s.residentId, date, MAATWERK_BEGELEIDING, INDIVIDUAL_BEGELEIDING_CODES],
  );
  return row;
}

/** The facts approvalNeeded judges; the caller holds the resident's row lock, so two requests cannot both be "the first". */
export async function approvalFacts(manager: EntityManager, municipalityId: string, residentId: string, code: string, date: IsoDate): Promise<ApprovalFacts> {
  const [row] = await manager.query<ApprovalFacts[]>(
    `SELECT
       (SELECT count(*) FROM deployment d
         WHERE d.municipality_id = $1 AND d.resident_id = $2 AND d.voorziening_code = $3 AND d.approval_status <> 'DECLINED')::int AS "earlierOfSameKind",
       EXISTS (SELECT 1 FROM maatwerk_indication i
                WHERE i.municipality_id = $1 AND i.resident_id = $2 AND i.product = $5
                  AND i.start_date <= $4 AND (i.end_date IS NULL OR i.end_date >= $4)) AS "maatwerkActive"`,
    [municipalityId, residentId, code, date, MAATWERK_BEGELEIDING],
  );
  return row;
}
