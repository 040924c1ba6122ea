import { addDays, isIsoDate, startOfIsoWeek, yearOf, type IsoDate } from "@shared/dates";
import { DURATION_HINT, durationEcho, formatAmount, parseDuration, type Unit } from "@shared/units";

const DAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

export interface WeekDay {
  date: IsoDate;
  /** "maandag" */
  name: string;
  /** "ma" */
  short: string;
  /** "16 nov" */
  dayMonth: string;
}

function utc(date: IsoDate): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const dayMonth = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", timeZone: "UTC" });
const dayMonthYear = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Monday to Sunday of the ISO week that starts on `monday`. */
export function weekDays(monday: IsoDate): WeekDay[] {
  return DAY_NAMES.map((name, i) => {
    const date = addDays(monday, i);
    return { date, name, short: name.slice(0, 2), dayMonth: dayMonth.format(utc(date)) };
  });
}

/** The ISO week number: week 1 is the week that holds the year's first Thursday. */
export function isoWeekNumber(monday: IsoDate): number {
  const year = yearOf(addDays(monday, 3));
  const firstMonday = startOfIsoWeek(`${year}-01-04`);
  return Math.round((utc(monday).getTime() - utc(firstMonday).getTime()) / (7 * 86_400_000)) + 1;
}

/** "Week 47: 16 tot en met 22 november 2026". */
export function weekTitle(monday: IsoDate): string {
  const sunday = addDays(monday, 6);
  const start = utc(monday);
  const end = utc(sunday);
  const from =
    start.getUTCMonth() === end.getUTCMonth()
      ? String(start.getUTCDate())
      : start.getUTCFullYear() === end.getUTCFullYear()
        ? new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", timeZone: "UTC" }).format(start)
        : dayMonthYear.format(start);
  return `Week ${isoWeekNumber(monday)}: ${from} tot en met ${dayMonthYear.format(end)}`;
}

/** The Monday a `?week=` value names, or null when it names none. Any day of the week is accepted. */
export function mondayFromParam(value: string | null): IsoDate | null {
  return value && isIsoDate(value) ? startOfIsoWeek(value) : null;
}

/**
 * Reads what was typed in a cell: a duration ("1:30", "1,5", "90") for hours, a whole number
 * for voorzieningen counted in dagdelen or etmalen. Null when it is neither.
 */
export function parseCell(text: string, unit: Unit): number | null {
  if (unit === "MINUTES") return parseDuration(text);
  const value = text.trim();
  return /^\d{1,3}$/.test(value) ? Number(value) : null;
}

/** What a cell understood before it is saved: "= 4:00 uur", "= 2 dagdelen"; null when empty, unreadable or 0. */
export function cellEcho(text: string, unit: Unit): string | null {
  if (unit === "MINUTES") return parseDuration(text) ? durationEcho(text) : null;
  const amount = text.trim() === "" ? null : parseCell(text, unit);
  return amount ? `= ${formatAmount(amount, unit)}` : null;
}

export function cellFormatHint(unit: Unit): string {
  return unit === "MINUTES"
    ? DURATION_HINT
    : `Vul een heel aantal ${unit === "DAGDELEN" ? "dagdelen" : "etmalen"} in.`;
}

/** The facts of a deployment that decide which days of its row take hours. */
export interface RowPeriod {
  startDate: string;
  endDate?: string | null;
  /** Its municipality's closed months, "2026-11": their figures no longer change. */
  closedMonths: readonly string[];
}

/** Whether a day's cell takes hours: within the period, not after today, not in a closed month. */
export function dayIsOpen(date: IsoDate, d: RowPeriod, today: IsoDate): boolean {
  return date <= today && date >= d.startDate && (d.endDate == null || date <= d.endDate) && !d.closedMonths.includes(date.slice(0, 7));
}

/** The key of one cell of the grid: a deployment on a date. */
export const cellKey = (deploymentId: string, date: IsoDate) => `${deploymentId}|${date}`;
