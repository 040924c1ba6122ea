import { addDays, type IsoDate } from "../../shared/dates.js";
import type { DeploymentPeriod } from "./types.js";
import { reviewYearSpan, reviewYearToDecide } from "./waakvlam.js";
import { reviewYearIndex } from "./windows.js";

/**
 * How far ahead the yearly waakvlam review shows up: eight weeks, so that the provider can
 * give its advice and the municipality decide before the next review year starts and hours
 * in it are refused (seeds/000_...: "Per jaar beoordeelt de gemeente in overleg met de
 * dienstverlener of het waakvlamcontact bij de inwoner nog nodig is").
 */
export const REVIEW_NOTICE_DAYS = 8 * 7;

export interface DueReview {
  /** The review year open for decision (1 = the second year from the start). */
  reviewYear: number;
  period: { start: IsoDate; end: IsoDate };
  /** The review year has started without a decision: hours in it are refused until there is one. */
  overdue: boolean;
}

/**
 * The review a waakvlam deployment needs now, or null: when its current review year ends
 * within the notice period, or the next one started without a decision. Nothing is due when
 * the deployment ends before the year to decide starts (after a stop, or with an end date).
 */
export function dueReview(
  period: DeploymentPeriod,
  cycleMonths: number,
  today: IsoDate,
  decidedYears: ReadonlySet<number>,
  noticeDays = REVIEW_NOTICE_DAYS,
): DueReview | null {
  const reviewYear = reviewYearToDecide(period.startDate, today, decidedYears);
  if (reviewYear === null) return null;
  const span = reviewYearSpan(period.startDate, reviewYear, cycleMonths);
  if (period.endDate !== null && period.endDate < span.start) return null;
  const currentYearEnds = addDays(span.start, -1);
  if (currentYearEnds > addDays(today, noticeDays)) return null;
  return { reviewYear, period: span, overdue: span.start <= today };
}

export interface ReviewYearAmount {
  /** 0 = the first year from the start, as in WaakvlamReview.reviewYear's numbering. */
  reviewYear: number;
  start: IsoDate;
  end: IsoDate;
  amount: number;
}

/**
 * The amount per review year from the start up to the year that holds `upTo`, every year
 * present (0 when nothing was written): the history the municipality weighs in its review.
 */
export function amountsPerReviewYear(
  startDate: IsoDate,
  cycleMonths: number,
  upTo: IsoDate,
  entries: ReadonlyArray<{ date: IsoDate; amount: number }>,
): ReviewYearAmount[] {
  const last = reviewYearIndex(startDate, upTo < startDate ? startDate : upTo);
  const years = Array.from({ length: last + 1 }, (_, i) => ({ reviewYear: i, ...reviewYearSpan(startDate, i, cycleMonths), amount: 0 }));
  for (const entry of entries) {
    const year = years.find((y) => y.start <= entry.date && entry.date <= y.end);
    if (year) year.amount += entry.amount;
  }
  return years;
}
