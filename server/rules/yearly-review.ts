import type { IsoDate } from "../../shared/dates.js";
import { reviewYearSpan, type ReviewOutcome } from "./waakvlam.js";

/**
 * The municipality's yearly overview (domain.md, "Yearly review"), per provider and
 * voorziening: the SQL in modules/yearly-review counts, the functions here derive the rest.
 */
export interface YearlyFigures {
  /** Started in the year. */
  deploymentsStarted: number;
  /** Ran on at least one day of the year (up to today for the current year). */
  deploymentsRunning: number;
  /** Ended in the year. */
  deploymentsEnded: number;
  /** Distinct residents with a running deployment. */
  residents: number;
  /**
   * Set where the reader may not see the exact count (finance: rules/small-counts.ts): what is
   * shown instead, "< 5" or "afgeschermd". The count itself then never leaves the server.
   */
  residentsShown?: string;
  /** Non-deleted entries dated in the year, in the voorziening's unit (minutes, or dagdelen). */
  amount: number;
  /** Deployments with at least one cap window that reached its cap in the year. */
  deploymentsAtCap: number;
  /** Cap windows that reached their cap (used = cap) in the year: on the date of their last entry. */
  capWindowsAtCap: number;
  /** Half-year windows with hours that ended in the year (zorgcoördinatie: "50 uur per half jaar"). */
  halfYearsEnded: number;
  /** Of those, the ones that ended at exactly the cap. */
  halfYearsEndedAtCap: number;
  /** Waakvlam review years starting in the year: continued, stopped, or still without a decision. */
  reviewsContinued: number;
  reviewsStopped: number;
  reviewsOpen: number;
}

export const EMPTY_FIGURES: Readonly<YearlyFigures> = Object.freeze({
  deploymentsStarted: 0,
  deploymentsRunning: 0,
  deploymentsEnded: 0,
  residents: 0,
  amount: 0,
  deploymentsAtCap: 0,
  capWindowsAtCap: 0,
  halfYearsEnded: 0,
  halfYearsEndedAtCap: 0,
  reviewsContinued: 0,
  reviewsStopped: 0,
  reviewsOpen: 0,
});

/** The figures a year is compared with the previous one on. */
export const MAIN_FIGURES = ["deploymentsStarted", "deploymentsRunning", "deploymentsEnded", "residents", "amount", "deploymentsAtCap"] as const;
export type MainFigure = (typeof MAIN_FIGURES)[number];

export interface FigureChange {
  figure: MainFigure;
  previous: number;
  current: number;
  difference: number;
  /** Change as a percentage of the previous year, one decimal; null when the previous year had none. */
  percentChange: number | null;
}

/** `part` as a percentage of `whole`, one decimal; null when there is no whole to take a share of. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : roundOne((part / whole) * 100);
}

export function changes(previous: YearlyFigures, current: YearlyFigures): FigureChange[] {
  return MAIN_FIGURES.map((figure) => ({
    figure,
    previous: previous[figure],
    current: current[figure],
    difference: current[figure] - previous[figure],
    percentChange: percentage(current[figure] - previous[figure], previous[figure]),
  }));
}

/** Adds figures up field by field (residents too: the caller replaces it where residents overlap). */
export function sumFigures(list: ReadonlyArray<YearlyFigures>): YearlyFigures {
  const total: YearlyFigures = { ...EMPTY_FIGURES };
  const counted = Object.keys(EMPTY_FIGURES) as Array<Exclude<keyof YearlyFigures, "residentsShown">>;
  for (const figures of list) for (const key of counted) total[key] += figures[key];
  return total;
}

/** The days of `year` the overview counts: the whole year, or up to today while it runs (null: not begun). */
export function countedSpan(year: number, today: IsoDate): { from: IsoDate; to: IsoDate } | null {
  const from = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (today < from) return null;
  return { from, to: today < end ? today : end };
}

export interface ReviewedDeployment {
  startDate: IsoDate;
  endDate: IsoDate | null;
  cycleMonths: number;
  /** Decisions by review year (1 = the second year from the start). */
  decisions: ReadonlyMap<number, ReviewOutcome>;
}

/**
 * Each review year is counted once, in the calendar year in which it starts: continued or
 * stopped by its decision, open while it has none (a deployment that ended before the review
 * year began needs no decision for it).
 */
export function reviewsDueIn(d: ReviewedDeployment, from: IsoDate, to: IsoDate): { reviewsContinued: number; reviewsStopped: number; reviewsOpen: number } {
  const counts = { reviewsContinued: 0, reviewsStopped: 0, reviewsOpen: 0 };
  for (let year = 1; ; year++) {
    const { start } = reviewYearSpan(d.startDate, year, d.cycleMonths);
    if (start > to) break;
    if (start < from) continue;
    const decision = d.decisions.get(year);
    if (decision === "CONTINUE") counts.reviewsContinued++;
    else if (decision === "STOP") counts.reviewsStopped++;
    else if (d.endDate === null || d.endDate >= start) counts.reviewsOpen++;
  }
  return counts;
}

function roundOne(value: number): number {
  return Math.round(value * 10) / 10;
}
