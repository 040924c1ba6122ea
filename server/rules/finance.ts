import { addDays, addMonths, formatDutchMonth, isIsoDate, type IsoDate } from "../../shared/dates.js";
import type { Unit } from "../../shared/units.js";
import type { Refusal } from "./types.js";

/**
 * Finance rules: months and closed periods, prices, how residents are counted on a report,
 * and how euros are written. Pure functions, no I/O.
 */

/** A month as finance names it: "2026-10". */
export type Month = string;

export const TARIFF_UNITS = ["HOUR", "DAGDEEL", "ETMAAL"] as const;
export type TariffUnit = (typeof TARIFF_UNITS)[number];

/** The tariff unit that prices a voorziening counted in `unit`. */
export const TARIFF_UNIT_FOR: Record<Unit, TariffUnit> = { MINUTES: "HOUR", DAGDELEN: "DAGDEEL", ETMALEN: "ETMAAL" };

export function isMonth(value: string): boolean {
  return /^\d{4}-\d{2}$/.test(value) && isIsoDate(`${value}-01`);
}

export function monthOfDate(date: IsoDate): Month {
  return date.slice(0, 7);
}

export function firstDayOf(month: Month): IsoDate {
  return `${month}-01`;
}

export function lastDayOf(month: Month): IsoDate {
  const next = addMonths(firstDayOf(month), 1);
  const d = new Date(`${next}T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

export function nextMonth(month: Month): Month {
  return monthOfDate(addMonths(firstDayOf(month), 1));
}


type Span = [IsoDate, IsoDate];

/**
 * How a report's range falls into months: the whole months in it (the first days of the first
 * and the last), and the parts of a month before and after them that the range cuts through.
 * Whole months are counted from the month summaries; only the cut parts need their entries.
 */
export function monthParts(from: IsoDate, to: IsoDate): { whole: Span | null; before: Span | null; after: Span | null } {
  const wholeFrom = from.endsWith("-01") ? from : firstDayOf(nextMonth(monthOfDate(from)));
  const lastWhole = to === lastDayOf(monthOfDate(to)) ? monthOfDate(to) : monthOfDate(addMonths(firstDayOf(monthOfDate(to)), -1));
  if (firstDayOf(lastWhole) < wholeFrom) return { whole: null, before: [from, to], after: null };
  const wholeTo = lastDayOf(lastWhole);
  return {
    whole: [wholeFrom, firstDayOf(lastWhole)],
    before: from < wholeFrom ? [from, addDays(wholeFrom, -1)] : null,
    after: to > wholeTo ? [addDays(wholeTo, 1), to] : null,
  };
}

/** A month may be closed once it has ended: its last day lies before today. */
export function checkClosable(month: string, today: IsoDate): Refusal | null {
  if (!isMonth(month)) return { code: "INVALID_INPUT", field: "month", message: "Geef de maand op als JJJJ-MM, bijvoorbeeld 2026-10." };
  if (lastDayOf(month) >= today) {
    return { code: "OUTSIDE_PERIOD", field: "month", message: `${capitalise(formatDutchMonth(month))} is nog niet voorbij en kan daarom nog niet worden afgesloten.` };
  }
  return null;
}

/** The refusal for a write that would change a closed month. */
export function closedMonthRefusal(month: Month, field = "date"): Refusal {
  return {
    code: "OUTSIDE_PERIOD",
    field,
    message: `${capitalise(formatDutchMonth(month))} is afgesloten door de gemeente: in die maand kunnen geen uren meer worden geschreven of verplaatst.`,
  };
}

/**
 * Where a change to an entry is booked. An entry whose booked month is open changes in place; one
 * whose booked month is closed stays as it is in that month and is taken back, with its
 * replacement, in the first open month after it. A change may not move hours into a closed month
 * from an open one (that would be a late entry in a closed month, which logHours refuses too).
 * `newDateMonth` is null for a deletion.
 */
export function bookingOfChange(
  entry: { bookedMonth: Month; dateMonth: Month },
  newDateMonth: Month | null,
  isClosed: (m: Month) => boolean,
): { inPlace: true } | { inPlace: false; bookIn: Month } | Refusal {
  if (newDateMonth !== null && newDateMonth !== entry.dateMonth && isClosed(newDateMonth) && !isClosed(entry.dateMonth)) {
    return closedMonthRefusal(newDateMonth);
  }
  if (!isClosed(entry.bookedMonth)) return { inPlace: true };
  let month = nextMonth(entry.bookedMonth);
  while (isClosed(month)) month = nextMonth(month);
  return { inPlace: false, bookIn: month };
}

/**
 * The price of a report line in whole cents: minutes at an hourly tariff are summed as
 * minute-cents and divided by 60 once per line, rounded half away from zero (a correction line
 * is negative); dagdelen and etmalen are whole units times their tariff.
 */
export function priceCents(hourMinuteCents: number, unitCents: number): number {
  const hours = hourMinuteCents / 60;
  const rounded = Math.sign(hours) * Math.round(Math.abs(hours));
  return rounded + unitCents + 0; // + 0 turns -0 into 0
}

/** Counts of residents below this are shown as "< 5", so that no small group can be recognised. */
export const SMALL_COUNT = 5;

/** How a count of residents appears on a report: the exact number only from 5 up. */
export function residentsShown(count: number): { display: string; count: number | null } {
  if (count > 0 && count < SMALL_COUNT) return { display: `< ${SMALL_COUNT}`, count: null };
  return { display: String(count), count };
}

/** 123456 -> "1.234,56" (euros, Dutch notation, no currency sign). */
export function formatEuros(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}${euros},${String(abs % 100).padStart(2, "0")}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
