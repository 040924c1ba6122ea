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

/**
 * Reads a duration as a provider types it: "1:30", "1,5", "1.5" (hours) or "90" (minutes).
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
  if (/^\d{1,4}$/.test(value)) return Number(value);
  return null;
}
