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
