import type { EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import { checkEligibility, type EligibilityFacts } from "../../rules/eligibility.js";
import { checkEntry, type EntryCandidate } from "../../rules/entries.js";
import type { Refusal, VoorzieningRule } from "../../rules/types.js";
import { checkReviewGate, type ReviewOutcome } from "../../rules/waakvlam.js";
import type { DeploymentEntity } from "../deployment/deployment.entity.js";
import { eligibilityFacts } from "../deployment/eligibility.queries.js";

/** What the entry rules need to know besides the entry and its deployment. */
export interface EntryRuleFacts {
  /** What the deployment already holds on the entry's date (the entry itself left out). */
  dayTotal: number;
  /** The municipality's waakvlam decisions per review year (only read for a voorziening with reviews). */
  reviewDecisions: ReadonlyMap<number, ReviewOutcome>;
  /** Zorgcoördinatie's eligibility on the entry's date (null for other voorzieningen). */
  eligibility: EligibilityFacts | null;
}

/**
 * Every rule an entry must meet before its cap is looked at, in the order a provider would
 * fix them: the entry itself, the municipality's approval, the waakvlam review, eligibility.
 */
export function judgeEntryRules(deployment: DeploymentEntity, rule: VoorzieningRule, entry: EntryCandidate, today: IsoDate, facts: EntryRuleFacts): Refusal | null {
  const invalid = checkEntry(rule, deployment, entry, today, facts.dayTotal);
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
    const gate = checkReviewGate(rule, deployment, entry.date, facts.reviewDecisions);
    if (gate) return gate;
  }

  // Waakvlam's eligibility (ended begeleiding) is judged once, when the deployment starts;
  // zorgcoördinatie's (a running maatwerk indication) holds or not on each entry's date.
  if (rule.eligibility === "MAATWERK_BEGELEIDING_ACTIVE" && facts.eligibility) return checkEligibility(rule, facts.eligibility, entry.date);
  return null;
}

/** The entry rules for one change (a correction), with its facts read from the database. `excludeEntryId` leaves the entry being corrected out of the day's total. */
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
  return judgeEntryRules(deployment, rule, entry, today, {
    dayTotal: total,
    reviewDecisions: rule.reviewCycleMonths !== null ? await reviewDecisionsOf(manager, deployment) : new Map(),
    eligibility: rule.eligibility === "MAATWERK_BEGELEIDING_ACTIVE" ? await eligibilityFacts(manager, deployment, entry.date) : null,
  });
}

/** The municipality's decided waakvlam reviews of a deployment, per review year. */
export async function reviewDecisionsOf(manager: EntityManager, deployment: DeploymentEntity): Promise<Map<number, ReviewOutcome>> {
  const rows: Array<{ review_year: number; decision: ReviewOutcome }> = await manager.query(
    "SELECT review_year, decision FROM waakvlam_review WHERE municipality_id = $1 AND deployment_id = $2 AND decision IS NOT NULL",
    [deployment.municipalityId, deployment.id],
  );
  return new Map(rows.map((r) => [r.review_year, r.decision]));
}
