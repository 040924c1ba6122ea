import { formatMinutes } from "../../../shared/units.js";
import { formatDutchMonth } from "../../../shared/dates.js";
import { residentsShown } from "../../rules/finance.js";
import { totalResidentsShown } from "../../rules/small-counts.js";
import type { UsageReportRow, UsageTotals as UsageTotalsView } from "./finance.types.js";
import type { UsageRow, UsageTotals } from "./usage-query.js";

/**
 * A report row as every reader gets it, on screen and in the exports alike: amounts split by
 * unit, hours as text, and residents as "< 5" below five (the exact small count never leaves).
 */
export function presentRow(row: UsageRow): UsageReportRow {
  const shown = residentsShown(row.residents);
  return {
    month: row.month,
    monthLabel: formatDutchMonth(row.month),
    providerId: row.providerId,
    providerName: row.providerName,
    voorzieningCode: row.voorzieningCode,
    voorzieningName: row.voorzieningName,
    unit: row.unit,
    minutes: row.unit === "MINUTES" ? row.amount : 0,
    hours: formatMinutes(row.unit === "MINUTES" ? row.amount : 0),
    dagdelen: row.unit === "DAGDELEN" ? row.amount : 0,
    etmalen: row.unit === "ETMALEN" ? row.amount : 0,
    correctionLines: row.correctionLines,
    correctionAmount: row.correctionAmount,
    residents: shown.display,
    residentCount: shown.count,
    amountCents: row.amountCents,
    unpricedLines: row.unpricedLines,
    closed: row.closed,
  };
}

/** The total line; `anyRowHidden`: one of its rows shows "< 5", so the total hides its count (rules/small-counts.ts). */
export function presentTotals(totals: UsageTotals, anyRowHidden: boolean): UsageTotalsView {
  const residents = totalResidentsShown(totals.residents, anyRowHidden);
  return { ...totals, hours: formatMinutes(totals.minutes), residents: residents.display, residentCount: residents.count };
}
