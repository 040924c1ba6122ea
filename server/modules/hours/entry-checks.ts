import type { EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import { checkEligibility } from "../../rules/eligibility.js";
import { checkEntry, type EntryCandidate } from "../../rules/entries.js";
import type { Refusal, VoorzieningRule } from "../../rules/types.js";
import { checkReviewGate, type ReviewOutcome } from "../../rules/waakvlam.js";
import type { DeploymentEntity } from "../deployment/deployment.entity.js";
import { eligibilityFacts } from "../deployment/eligibility.queries.js";

/**
 * Every rule an entry must meet before its cap is looked at, in the order a provider would
 * fix them: the entry itself, the municipality's approval, the waakvlam review, eligibility.
 * `excludeEntryId` leaves the entry being corrected out of the day's total.
 */
export async function checkEntryRules(
  manager: EntityManager,
  deployment: DeploymentEntity,
  rule: VoorzieningRule,
  entry: EntryCandidate,
  today: IsoDate,
  excludeEntryId: string | null = null,
): Promise<Refusal | null> {
  const [{ total }] = await manager.query<Array<{ total: number }>>(
    `SELECT COALESCE(SUM(amount), 0)::int AS total FROM hour_entry
      WHERE municipality_id = $1 AND deployment_id = $2 AND entry_date = $3 AND deleted_at IS NULL AND id IS DISTINCT FROM $4`,
    [deployment.municipalityId, deployment.id, entry.date, excludeEntryId],
  );
  const invalid = checkEntry(rule, deployment, entry, today, total);
  if (invalid) return invalid;

  if (deployment.approvalStatus === "PENDING" || deployment.approvalStatus === "DECLINED") {
    return {
      code: "APPROVAL_REQUIRED",
      field: "deploymentId",
      message:
        deployment.approvalStatus === "PENDING"
          ? "Deze inzet wacht nog op goedkeuring van de gemeente; uren kunnen pas daarna."
          : "De gemeente heeft deze inzet niet goedgekeurd; er kunnen geen uren op.",
    };
  }

  if (rule.reviewCycleMonths !== null) {
    const rows: Array<{ review_year: number; decision: ReviewOutcome }> = await manager.query(
      "SELECT review_year, decision FROM waakvlam_review WHERE municipality_id = $1 AND deployment_id = $2 AND decision IS NOT NULL",
      [deployment.municipalityId, deployment.id],
    );
    const gate = checkReviewGate(rule, deployment, entry.date, new Map(rows.map((r) => [r.review_year, r.decision])));
    if (gate) return gate;
  }

  // Waakvlam's eligibility (ended begeleiding) is judged once, when the deployment starts;
  // zorgcoördinatie's (a running maatwerk indication) holds or not on each entry's date.
  if (rule.eligibility === "MAATWERK_BEGELEIDING_ACTIVE") {
    return checkEligibility(rule, await eligibilityFacts(manager, deployment, entry.date), entry.date);
  }
  return null;
}
