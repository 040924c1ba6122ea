import { formatAmount } from "../../shared/units.js";
import { formatDutchDate } from "../../shared/dates.js";
import type { CapUsageFigures, CapWindow, Refusal, VoorzieningRule } from "./types.js";

export function capUsageFigures(rule: VoorzieningRule, window: CapWindow, used: number): CapUsageFigures {
  const cap = rule.cap?.amount ?? null;
  return { unit: rule.unit, cap, used, remaining: cap === null ? null : Math.max(0, cap - used), window };
}

/**
 * Would adding `delta` (may be negative for a correction) pass the cap of this window?
 * Refuses with the figures as they are before the write.
 */
export function checkCap(rule: VoorzieningRule, window: CapWindow, used: number, delta: number): Refusal | null {
  const figures = capUsageFigures(rule, window, used);
  if (figures.cap === null || delta <= 0 || used + delta <= figures.cap) return null;
  return {
    code: "CAP_EXCEEDED",
    field: "minutes",
    message: `Dit past niet binnen het maximum. ${remainingSentence(figures)}`,
    capUsage: figures,
  };
}

/** "Nog 0:45 van de 50:00 uur over in deze inzet." */
export function remainingSentence(figures: CapUsageFigures): string {
  if (figures.cap === null || figures.remaining === null) return "";
  const remaining = formatAmount(figures.remaining, figures.unit);
  const cap = formatAmount(figures.cap, figures.unit);
  return `Nog ${remaining.replace(/ uur$/, "")} van de ${cap} over ${windowPhrase(figures.window)}.`;
}

function windowPhrase(window: CapWindow): string {
  const span = window.end
    ? `${formatDutchDate(window.start)} tot en met ${formatDutchDate(window.end)}`
    : `vanaf ${formatDutchDate(window.start)}`;
  switch (window.kind) {
    case "DEPLOYMENT":
      return "in deze inzet";
    case "HALF_YEAR":
      return `in dit halfjaar (${span})`;
    case "REVIEW_YEAR":
      return `in dit beoordelingsjaar (${span})`;
    case "CALENDAR_YEAR":
      return `in dit kalenderjaar (${span})`;
    case "WEEK":
      return `in deze week (${span})`;
  }
}
