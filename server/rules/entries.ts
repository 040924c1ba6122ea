import { formatDutchDate, isIsoDate, type IsoDate } from "../../shared/dates.js";
import { MINUTES_PER_DAY, formatAmount, type Unit } from "../../shared/units.js";
import type { DeploymentPeriod, Refusal, VoorzieningRule } from "./types.js";
import { lastDayWithin } from "./windows.js";

/** "At most a day's worth per entry" (../shared/domain.md), per unit. */
export const MAX_PER_DAY: Record<Unit, number> = { MINUTES: MINUTES_PER_DAY, DAGDELEN: 3, ETMALEN: 1 };

export interface EntryCandidate {
  date: string;
  amount: number;
}

function refuse(code: Refusal["code"], field: string, message: string): Refusal {
  return { code, field, message };
}

/** The last date on which the deployment may have entries, or null when it is open-ended. */
export function lastAllowedDay(rule: VoorzieningRule, period: DeploymentPeriod): IsoDate | null {
  const byDuration = rule.maxDurationMonths === null ? null : lastDayWithin(period.startDate, rule.maxDurationMonths);
  if (period.endDate === null) return byDuration;
  if (byDuration === null) return period.endDate;
  return period.endDate < byDuration ? period.endDate : byDuration;
}

/**
 * Checks an entry on its own, before any cap: the amount is a positive whole number of at
 * most a day's worth, the date is real, not after today, and inside the deployment.
 * `sameDayTotal` is what the deployment already has on that date (without this entry).
 */
export function checkEntry(
  rule: VoorzieningRule,
  period: DeploymentPeriod,
  entry: EntryCandidate,
  today: IsoDate,
  sameDayTotal: number,
): Refusal | null {
  const max = MAX_PER_DAY[rule.unit];
  if (!Number.isInteger(entry.amount) || entry.amount <= 0) {
    return refuse("INVALID_INPUT", "minutes", "Vul een positief, heel aantal minuten in.");
  }
  if (entry.amount > max) {
    return refuse("INVALID_INPUT", "minutes", `Per registratie kan ten hoogste ${formatAmount(max, rule.unit)} worden vastgelegd.`);
  }
  if (!isIsoDate(entry.date)) {
    return refuse("INVALID_INPUT", "date", "Vul een geldige datum in (JJJJ-MM-DD).");
  }
  if (entry.date > today) {
    return refuse("FUTURE_DATE", "date", "Uren kunnen niet vooruit worden geschreven: kies vandaag of een eerdere datum.");
  }
  if (entry.date < period.startDate) {
    return refuse("OUTSIDE_PERIOD", "date", `Deze datum ligt vóór de start van de inzet (${formatDutchDate(period.startDate)}).`);
  }
  const last = lastAllowedDay(rule, period);
  if (last !== null && entry.date > last) {
    return refuse("OUTSIDE_PERIOD", "date", `Deze datum ligt na het einde van de inzet (${formatDutchDate(last)}).`);
  }
  if (sameDayTotal + entry.amount > max) {
    return refuse(
      "INVALID_INPUT",
      "minutes",
      `Op ${formatDutchDate(entry.date)} staat al ${formatAmount(sameDayTotal, rule.unit)} op deze inzet; meer dan ${formatAmount(max, rule.unit)} op één dag kan niet.`,
    );
  }
  return null;
}
