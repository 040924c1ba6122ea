import { addDays, addMonths, formatDutchDate, type IsoDate } from "../../shared/dates.js";
import type { DeploymentPeriod, Refusal, VoorzieningRule } from "./types.js";
import { reviewYearIndex } from "./windows.js";

export type ReviewOutcome = "CONTINUE" | "STOP";

/** First and last day of review year `index` (0 = the first year from the start). */
export function reviewYearSpan(startDate: IsoDate, index: number, cycleMonths = 12): { start: IsoDate; end: IsoDate } {
  return { start: addMonths(startDate, cycleMonths * index), end: addDays(addMonths(startDate, cycleMonths * (index + 1)), -1) };
}

/**
 * "Per jaar beoordeelt de gemeente in overleg met de dienstverlener of het waakvlamcontact bij
 * de inwoner nog nodig is" (seeds/000_...): hours in review year n >= 1 need the municipality's
 * decision to continue into that year. A continuation opens the next review year; it does not
 * move it to the decision's date.
 */
export function checkReviewGate(
  rule: VoorzieningRule,
  period: DeploymentPeriod,
  date: IsoDate,
  decisions: ReadonlyMap<number, ReviewOutcome>,
): Refusal | null {
  if (rule.reviewCycleMonths === null) return null;
  const index = reviewYearIndex(period.startDate, date);
  if (index === 0 || decisions.get(index) === "CONTINUE") return null;
  const span = reviewYearSpan(period.startDate, index, rule.reviewCycleMonths);
  return {
    code: "REVIEW_REQUIRED",
    field: "date",
    message: `De gemeente heeft nog niet besloten het ${rule.name.toLowerCase()} voort te zetten in het beoordelingsjaar ${formatDutchDate(span.start)} tot en met ${formatDutchDate(span.end)}. Uren in dat jaar kunnen pas na dat besluit.`,
  };
}

/**
 * The review year a decision or advice made today is about: the earliest year from the second
 * on that has no decision yet, if it has started or is the next one; null when the next year
 * is already decided (nothing to review now).
 */
export function reviewYearToDecide(startDate: IsoDate, today: IsoDate, decided: ReadonlySet<number>): number | null {
  const next = reviewYearIndex(startDate, today) + 1;
  for (let year = 1; year <= next; year++) if (!decided.has(year)) return year;
  return null;
}

/** "A decision to stop ends the deployment at the end of the current year" (domain.md): the year before the one decided. */
export function endAfterStop(startDate: IsoDate, reviewYear: number, cycleMonths = 12): IsoDate {
  return reviewYearSpan(startDate, reviewYear - 1, cycleMonths).end;
}
