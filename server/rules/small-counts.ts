import { residentsShown, SMALL_COUNT } from "./finance.js";
import type { YearlyFigures } from "./yearly-review.js";

/**
 * Small counts without a subtraction leak (issue #17). A count of residents from 1 to 4 is
 * shown as "< 5" (rules/finance.ts, residentsShown). That alone is not enough: a total shown
 * exactly next to rows of which one is hidden lets the reader subtract the shown rows from the
 * total and find the hidden one. The choice made here, and why:
 *
 * - A total is shown exactly only when none of its rows is hidden. When one is, the total reads
 *   "afgeschermd" (with no number), so no subtraction within one report can find a hidden row.
 *   The alternative, complementary suppression (hiding a second row so that the two hidden ones
 *   cannot be told apart), keeps the total but removes a row that a reader does need, and it
 *   cannot be decided while an export still streams its rows; hiding the total can.
 * - What remains possible: comparing two different reports (two periods, two filters). Residents
 *   are counted distinct per row and per total, so those differences are not exact counts of
 *   any group; the municipality accepts that remaining risk (README, Security).
 */
export const HIDDEN_TOTAL = "afgeschermd";

/** True for a count that is shown as "< 5". */
export function isSmallCount(count: number): boolean {
  return count > 0 && count < SMALL_COUNT;
}

/** A total's count of residents as shown, given whether any of the rows under it is hidden. */
export function totalResidentsShown(total: number, anyRowHidden: boolean): { display: string; count: number | null } {
  if (anyRowHidden) return { display: HIDDEN_TOTAL, count: null };
  return residentsShown(total);
}

/**
 * The yearly review as finance may read it, by the same rule: a line's count of 1 to 4
 * residents reads "< 5", and a year's total reads "afgeschermd" when one of its lines is
 * hidden (or "< 5" when it is small itself). Officers, who work with the residents, see it all.
 */
export function shieldYearlyResidents<L extends { current: YearlyFigures; previous: YearlyFigures }>(lines: readonly L[], total: L): { lines: L[]; total: L } {
  const shield = (f: YearlyFigures, anyLineHidden: boolean): YearlyFigures => {
    if (anyLineHidden) return { ...f, residentsShown: HIDDEN_TOTAL };
    return isSmallCount(f.residents) ? { ...f, residentsShown: residentsShown(f.residents).display } : f;
  };
  const shielded = lines.map((l) => ({ ...l, current: shield(l.current, false), previous: shield(l.previous, false) }));
  const hiddenIn = (year: "current" | "previous") => shielded.some((l) => l[year].residentsShown !== undefined);
  return { lines: shielded, total: { ...total, current: shield(total.current, hiddenIn("current")), previous: shield(total.previous, hiddenIn("previous")) } };
}
