import { formatDutchDate, type IsoDate } from "../../shared/dates.js";
import type { Refusal, VoorzieningRule } from "./types.js";
import { lastDayWithin } from "./windows.js";

export const MAX_MOTIVATION_LENGTH = 4000;

export interface DeploymentCandidate {
  startDate: IsoDate;
  endDate: IsoDate | null;
  motivation: string | null;
}

/**
 * Checks the period and texts of a new deployment against its voorziening. Returns the end
 * date to store: a voorziening with a maximum duration ("max. half jaar") ends at its last
 * allowed day when no earlier end is given.
 */
export function checkNewDeployment(rule: VoorzieningRule, candidate: DeploymentCandidate): Refusal | { endDate: IsoDate | null } {
  const { startDate, endDate } = candidate;
  if (endDate !== null && endDate < startDate) {
    return { code: "INVALID_INPUT", field: "endDate", message: "De einddatum ligt vóór de startdatum." };
  }
  if ((candidate.motivation?.length ?? 0) > MAX_MOTIVATION_LENGTH) {
    return { code: "INVALID_INPUT", field: "motivation", message: `De motivering is te lang (ten hoogste ${MAX_MOTIVATION_LENGTH} tekens).` };
  }
  if (rule.maxDurationMonths === null) return { endDate };
  const last = lastDayWithin(startDate, rule.maxDurationMonths);
  if (endDate !== null && endDate > last) {
    return {
      code: "OUTSIDE_PERIOD",
      field: "endDate",
      message: `${rule.name} duurt ten hoogste ${rule.maxDurationMonths} maanden: de inzet kan uiterlijk op ${formatDutchDate(last)} eindigen.`,
    };
  }
  return { endDate: endDate ?? last };
}

export const MAX_END_REASON_LENGTH = 2000;

/** What ending a deployment depends on, as the service found it with the deployment locked. */
export interface EndFacts {
  startDate: IsoDate;
  endDate: IsoDate | null;
  declined: boolean;
  /** The date of the deployment's last counted entry, or null without any. */
  lastEntryDate: IsoDate | null;
  /** The month ("2026-10") of the new end date is closed by the municipality. */
  endMonthClosed: boolean;
  today: IsoDate;
}

/**
 * A provider ends a deployment when the work is done ("nadat de individuele begeleiding ... is
 * beëindigd", seeds/000_...). The end may only shorten the deployment: never before its start or
 * its last entry (hours written stay within it), never later than an end it already has, and
 * never in a month the municipality has closed (that month's figures are final).
 */
export function checkEnd(endDate: IsoDate, reason: string, facts: EndFacts): Refusal | null {
  const refuse = (code: Refusal["code"], field: string, message: string): Refusal => ({ code, field, message });
  if (!reason) return refuse("INVALID_INPUT", "reason", "Geef een reden op waarom de inzet eindigt: die blijft bij de inzet bewaard.");
  if (reason.length > MAX_END_REASON_LENGTH) return refuse("INVALID_INPUT", "reason", `De reden is te lang (ten hoogste ${MAX_END_REASON_LENGTH} tekens).`);
  if (facts.declined) return refuse("INVALID_INPUT", "deploymentId", "De gemeente heeft deze inzet niet goedgekeurd; hij loopt niet en hoeft niet te worden beëindigd.");
  if (facts.endDate !== null && facts.endDate < facts.today) {
    return refuse("OUTSIDE_PERIOD", "deploymentId", `Deze inzet is al beëindigd op ${formatDutchDate(facts.endDate)}.`);
  }
  if (endDate < facts.startDate) return refuse("OUTSIDE_PERIOD", "endDate", `De einddatum ligt vóór de start van de inzet (${formatDutchDate(facts.startDate)}).`);
  if (facts.endDate !== null && endDate > facts.endDate) {
    return refuse("OUTSIDE_PERIOD", "endDate", `Deze inzet eindigt al op ${formatDutchDate(facts.endDate)}; beëindigen kan alleen op of vóór die datum.`);
  }
  if (facts.lastEntryDate !== null && endDate < facts.lastEntryDate) {
    return refuse(
      "OUTSIDE_PERIOD",
      "endDate",
      `Op deze inzet staan uren tot en met ${formatDutchDate(facts.lastEntryDate)}; de inzet kan niet eerder eindigen. Corrigeer of verwijder eerst de latere uren.`,
    );
  }
  if (facts.endMonthClosed) {
    return refuse("OUTSIDE_PERIOD", "endDate", "De einddatum ligt in een maand die de gemeente al heeft afgesloten; kies een datum in een open maand.");
  }
  return null;
}
