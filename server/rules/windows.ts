import { addDays, addMonths, monthOf, startOfIsoWeek, yearOf, type IsoDate } from "../../shared/dates.js";
import type { CapWindow, CapWindowKind, DeploymentPeriod } from "./types.js";

const REVIEW_YEAR_MONTHS = 12;

/**
 * The cap window of `kind` that holds `date`.
 * - DEPLOYMENT: the whole deployment (kortdurende begeleiding, "maximaal 50 uur").
 * - HALF_YEAR: 1 Jan to 30 Jun, 1 Jul to 31 Dec (zorgcoördinatie, "50 uur per half jaar").
 * - REVIEW_YEAR: twelve months from the deployment's start, then each next twelve months
 *   counted from the start's anniversary (waakvlamcontact, "maximaal 15 uur per jaar").
 *   Counted from the start each time, so a start on 29 February keeps its anniversaries.
 *   The start is the period's window anchor when it has one: a follow-up deployment keeps the
 *   resident's review years instead of opening a fresh one.
 * - CALENDAR_YEAR and WEEK (Monday to Sunday) for catalogues that count so.
 */
export function capWindowFor(kind: CapWindowKind, period: DeploymentPeriod, date: IsoDate): CapWindow {
  switch (kind) {
    case "DEPLOYMENT":
      return { kind, start: period.startDate, end: period.endDate };
    case "HALF_YEAR": {
      const year = yearOf(date);
      return monthOf(date) <= 6
        ? { kind, start: `${year}-01-01`, end: `${year}-06-30` }
        : { kind, start: `${year}-07-01`, end: `${year}-12-31` };
    }
    case "CALENDAR_YEAR": {
      const year = yearOf(date);
      return { kind, start: `${year}-01-01`, end: `${year}-12-31` };
    }
    case "WEEK": {
      const start = startOfIsoWeek(date);
      return { kind, start, end: addDays(start, 6) };
    }
    case "REVIEW_YEAR": {
      const anchor = period.windowAnchor ?? period.startDate;
      const index = yearsSince(anchor, date);
      return {
        kind,
        start: addMonths(anchor, REVIEW_YEAR_MONTHS * index),
        end: addDays(addMonths(anchor, REVIEW_YEAR_MONTHS * (index + 1)), -1),
      };
    }
  }
}

/** 0 for the first review year, 1 for the second, ...; dates before the start count as the first. */
export function reviewYearIndex(startDate: IsoDate, date: IsoDate): number {
  let index = Math.max(0, yearOf(date) - yearOf(startDate));
  while (index > 0 && addMonths(startDate, REVIEW_YEAR_MONTHS * index) > date) index--;
  return index;
}

/**
 * Whole review years from `anchor` to `date`, negative before the anchor: a deployment that
 * starts before the resident's anchor (entered late) still falls in the same calendar of years.
 */
function yearsSince(anchor: IsoDate, date: IsoDate): number {
  let index = yearOf(date) - yearOf(anchor);
  while (addMonths(anchor, REVIEW_YEAR_MONTHS * index) > date) index--;
  while (addMonths(anchor, REVIEW_YEAR_MONTHS * (index + 1)) <= date) index++;
  return index;
}

/** The last day a deployment may run under a maximum duration ("maximaal een half jaar"). */
export function lastDayWithin(startDate: IsoDate, maxDurationMonths: number): IsoDate {
  return addDays(addMonths(startDate, maxDurationMonths), -1);
}
