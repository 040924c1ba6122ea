import type { IsoDate } from "../../shared/dates.js";
import type { RefusalCode } from "../../shared/refusal-codes.js";
import type { Unit } from "../../shared/units.js";

/** The span over which a cap counts (../shared/domain.md, "Rules the API enforces"). */
export const CAP_WINDOW_KINDS = ["DEPLOYMENT", "HALF_YEAR", "REVIEW_YEAR", "CALENDAR_YEAR", "WEEK"] as const;
export type CapWindowKind = (typeof CAP_WINDOW_KINDS)[number];

/** Who may deploy it, checked on the entry's date. */
export const ELIGIBILITY_RULES = ["NONE", "MAATWERK_BEGELEIDING_ACTIVE", "ENDED_INDIVIDUAL_BEGELEIDING"] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

/**
 * When the municipality must approve a deployment first: NONE (the provider starts it, "trust
 * first"), REPEAT_OR_DURING_MAATWERK (Zoetermeer's kortdurende begeleiding), GRANT_FIRST (every
 * new deployment waits for the municipality's grant unless it follows a recorded maatwerk
 * indication that covers it: Berg en Dal, rules/eligibility.ts).
 */
export const APPROVAL_RULES = ["NONE", "REPEAT_OR_DURING_MAATWERK", "GRANT_FIRST"] as const;
export type ApprovalRule = (typeof APPROVAL_RULES)[number];

/** One voorziening of one catalogue version: the rule as data. */
export interface VoorzieningRule {
  code: string;
  name: string;
  unit: Unit;
  /** Where hours are counted; `amount` null: counted per window without a maximum (dagdelen per week). */
  cap: { amount: number | null; window: CapWindowKind } | null;
  maxDurationMonths: number | null;
  reviewCycleMonths: number | null;
  eligibility: EligibilityRule;
  approval: ApprovalRule;
  asksMotivation: boolean;
  asksTransport: boolean;
  /** The policy sentence the rule comes from, quoted. */
  policyQuote: string;
}

export interface DeploymentPeriod {
  startDate: IsoDate;
  endDate: IsoDate | null;
  /**
   * Where review-year windows count from: the start of the resident's first deployment of
   * this voorziening, so that a follow-up continues its years (README, "cap engine").
   * Absent: the deployment's own start.
   */
  windowAnchor?: IsoDate;
}

/** Inclusive on both ends; `end` null: open (a deployment without an end date). */
export interface CapWindow {
  kind: CapWindowKind;
  start: IsoDate;
  end: IsoDate | null;
}

export interface CapUsageFigures {
  unit: Unit;
  cap: number | null;
  used: number;
  remaining: number | null;
  window: CapWindow;
}

/** A rule said no: the contract's code, the input field it is about, a Dutch sentence. */
export interface Refusal {
  code: RefusalCode;
  field: string | null;
  message: string;
  capUsage?: CapUsageFigures;
}

/** Tells a refusal from a result: refusals are plain data, results are entities or payloads. */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && typeof (value as Refusal).code === "string" && typeof (value as Refusal).message === "string" && "field" in value;
}
