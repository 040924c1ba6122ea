import { formatDutchDate } from "@shared/dates";
import { formatAmount, formatMinutes, type Unit } from "@shared/units";
import type { CapWindowKind, DeploymentStatus } from "../../gql/graphql";

/**
 * The list's filter on the period only (the server's DeploymentStatus); what a deployment is
 * today, approval and cap included, is its state (deploymentState.tsx).
 */
export const STATUS_LABELS: Record<DeploymentStatus, string> = {
  PLANNED: "Nog niet begonnen",
  ACTIVE: "In de looptijd",
  ENDED: "Beëindigd",
};

export const CAP_WINDOW_LABELS: Record<CapWindowKind, string> = {
  DEPLOYMENT: "per inzet",
  HALF_YEAR: "per half jaar",
  REVIEW_YEAR: "per jaar, gerekend vanaf de start",
  CALENDAR_YEAR: "per kalenderjaar",
  WEEK: "per week",
};

/** From this share of the cap on, a meter warns that the cap is near. */
export const WARNING_SHARE = 0.8;

export type CapLevel = "none" | "ok" | "warning" | "full";

/** How close usage is to the cap: the meters colour and label themselves by it. */
export function capLevel(used: number, cap: number | null | undefined): CapLevel {
  if (cap == null) return "none";
  const share = cap > 0 ? used / cap : 1;
  return share >= 1 ? "full" : share >= WARNING_SHARE ? "warning" : "ok";
}

/** An amount without its unit word: "12:30" for minutes, "3" for dagdelen. */
function bare(amount: number, unit: Unit): string {
  return unit === "MINUTES" ? formatMinutes(amount) : String(amount);
}

/** "12:30 van 50:00 uur", or "12:30 uur" when there is no cap. */
export function formatUsage(used: number, cap: number | null | undefined, unit: Unit): string {
  if (cap == null) return formatAmount(used, unit);
  return `${bare(used, unit)} van ${formatAmount(cap, unit)}`;
}

/** "32:15 van 50:00 uur gebruikt, nog 17:45 uur over". */
export function formatUsageSentence(
  used: number,
  cap: number | null | undefined,
  remaining: number | null | undefined,
  unit: Unit,
): string {
  const usage = `${formatUsage(used, cap, unit)} gebruikt`;
  if (cap == null) return `${usage}, zonder maximum`;
  return `${usage}, nog ${formatAmount(remaining ?? Math.max(cap - used, 0), unit)} over`;
}

/** "van 1 juli 2026 tot en met 31 december 2026", or "vanaf 1 juli 2026" when open-ended. */
export function formatPeriod(start: string, end: string | null | undefined): string {
  return end ? `van ${formatDutchDate(start)} tot en met ${formatDutchDate(end)}` : `vanaf ${formatDutchDate(start)}`;
}

/** The hours of one entry: "1:30" for minutes, "2 dagdelen" where the catalogue counts those. */
export function formatEntryAmount(amount: number, unit: Unit): string {
  return unit === "MINUTES" ? formatMinutes(amount) : formatAmount(amount, unit);
}
