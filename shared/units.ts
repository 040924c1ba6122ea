/**
 * Amounts are integer minutes (or integer dagdelen/etmalen where the catalogue counts those).
 * These helpers turn them into what a person reads and back.
 */
export const UNITS = ["MINUTES", "DAGDELEN", "ETMALEN"] as const;
export type Unit = (typeof UNITS)[number];

export const MINUTES_PER_DAY = 1440;

/** 1935 -> "32:15" (hours:minutes, as providers write hours). */
export function formatMinutes(total: number): string {
  const sign = total < 0 ? "-" : "";
  const abs = Math.abs(total);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  return `${sign}${hours}:${String(minutes).padStart(2, "0")}`;
}

/** An amount with its unit in Dutch: "32:15 uur", "3 dagdelen", "1 etmaal". */
export function formatAmount(amount: number, unit: Unit): string {
  switch (unit) {
    case "MINUTES":
      return `${formatMinutes(amount)} uur`;
    case "DAGDELEN":
      return `${amount} ${amount === 1 ? "dagdeel" : "dagdelen"}`;
    case "ETMALEN":
      return `${amount} ${amount === 1 ? "etmaal" : "etmalen"}`;
  }
}

/** A bare whole number up to this many is read as hours; a larger one as minutes. */
export const BARE_HOURS_MAX = 24;

/**
 * Reads a duration as a provider types it: "1:30" (hours:minutes), "1,5" or "1.5" (hours), or a
 * bare whole number. The one rule for a bare number, the same in every screen and import: up
 * to 24 it means hours ("4" is 4:00, "8" a working day), above 24 minutes ("90" is 1:30), since
 * no one books 25 hours on one day and few book under half an hour as a bare number.
 * Returns whole minutes, or null when the text is not a duration.
 */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const decimal = /^(\d{1,2})[.,](\d{1,2})$/.exec(value);
  if (decimal) {
    const minutes = (Number(decimal[1]) + Number(`0.${decimal[2]}`)) * 60;
    return Number.isInteger(Math.round(minutes * 1000) / 1000) ? Math.round(minutes) : null;
  }
  if (/^\d{1,4}$/.test(value)) {
    const n = Number(value);
    return n <= BARE_HOURS_MAX ? n * 60 : n;
  }
  return null;
}

/** How a provider is told the rule, under every field that takes a duration. */
export const DURATION_HINT = "Schrijf de tijd als 1:30 of 1,5. Een heel getal tot en met 24 telt als uren (4 is 4:00 uur), een groter getal als minuten (90 is 1:30 uur).";

/** What a typed duration was understood as, before saving: "= 4:00 uur"; null when empty or unreadable. */
export function durationEcho(text: string): string | null {
  if (text.trim() === "") return null;
  const minutes = parseDuration(text);
  return minutes === null ? null : `= ${formatMinutes(minutes)} uur`;
}
