/**
 * Dates are ISO `YYYY-MM-DD` strings throughout (README.md, "The API"). These helpers
 * work on them in UTC so that no time zone or daylight saving shifts a day.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Years the portal accepts. Far dates such as 9999-12-31 are refused at the edge: a window or
 * month computed from them would pass year 9999, which no ISO string (nor the CSV) can hold.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m || Number(m[1]) < FIRST_YEAR || Number(m[1]) > LAST_YEAR) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parts(date: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return fromUtc(new Date(Date.UTC(y, m - 1, d + days)));
}

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (29 Feb + 12 months = 28 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month1 = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month1));
  return `${String(year).padStart(4, "0")}-${String(month1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Monday of the ISO week that holds the date. */
export function startOfIsoWeek(date: IsoDate): IsoDate {
  const [y, m, d] = parts(date);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(date, -weekday);
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}

export function monthOf(date: IsoDate): number {
  return parts(date)[1];
}

// Made once: building an Intl.DateTimeFormat costs more than using it, and "today" is asked on
// every request (a profile of logHours found 5-7 % of the CPU here).
const NL_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" });
const DUTCH_DATE = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Today's date in the Netherlands, where every municipality and provider of this portal works. */
export function todayInNetherlands(now: Date = new Date()): IsoDate {
  return NL_DAY.format(now);
}

/** "2026-07-01" -> "1 juli 2026". */
export function formatDutchDate(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return DUTCH_DATE.format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** "2026-12-03" -> "03-12-2026": how a Dutch date field shows a date (dd-mm-jjjj). */
export function formatDateField(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${String(d).padStart(2, "0")}-${String(m).padStart(2, "0")}-${String(y).padStart(4, "0")}`;
}

export type DateFieldReading = { kind: "empty" } | { kind: "date"; date: IsoDate } | { kind: "impossible" } | { kind: "unreadable" };

/**
 * Reads a date as a Dutch user types it, whatever the browser's language: dd-mm-jjjj ("03-12-2026",
 * also "3-12-2026", "3/12/2026", "3.12.2026") or ISO ("2026-12-03"). A date that has the shape of
 * one but does not exist ("31-02-2026") is "impossible", so the field can say so.
 */
export function readDateField(text: string): DateFieldReading {
  const value = text.trim();
  if (value === "") return { kind: "empty" };
  const dutch = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!dutch && !iso) return { kind: "unreadable" };
  const [year, month, day] = dutch ? [dutch[3], dutch[2], dutch[1]] : [iso![1], iso![2], iso![3]];
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDate(date) ? { kind: "date", date } : { kind: "impossible" };
}

const MONTH_NAMES = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** "2026-11" -> "november 2026". */
export function formatDutchMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${MONTH_NAMES[m - 1]} ${y}`;
}
