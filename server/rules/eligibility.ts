import { formatDutchDate, type IsoDate } from "../../shared/dates.js";
import type { Refusal, VoorzieningRule } from "./types.js";

/** VIV codes that count as individual begeleiding for waakvlamcontact's eligibility. */
export const INDIVIDUAL_BEGELEIDING_CODES: readonly string[] = ["KORTDURENDE_BEGELEIDING"];

/** The maatwerk product "individuele begeleiding" (README.md, "The API": recordMaatwerkIndication). */
export const MAATWERK_BEGELEIDING = "BEGELEIDING_INDIVIDUEEL";

/** What the service found in the database about the resident, for one provider and date. */
export interface EligibilityFacts {
  /** An indication for individuele begeleiding (maatwerk) in the resident's household, delivered by this provider, runs on the date. */
  householdMaatwerkBySameProvider: boolean;
  /** Individual begeleiding (maatwerk or vrij inzetbaar) by this provider for this resident ended before the date. */
  endedBegeleidingBySameProvider: boolean;
}

/**
 * seeds/000_8722f61426d2a5c4.txt:
 * - zorgcoördinatie: "als aanvulling op de indicatie voor individuele begeleiding als
 *   maatwerkvoorziening ... geleverd door de organisatie die in het betreffende huishouden de
 *   maatwerkvoorziening begeleiding levert";
 * - waakvlamcontact: "nadat de individuele begeleiding (maatwerk- of vrij inzetbare
 *   voorziening) is beëindigd ... geleverd door de organisatie die aan de inwoner de
 *   individuele begeleiding heeft geleverd".
 */
export function checkEligibility(rule: VoorzieningRule, facts: EligibilityFacts, date: IsoDate): Refusal | null {
  switch (rule.eligibility) {
    case "NONE":
      return null;
    case "MAATWERK_BEGELEIDING_ACTIVE":
      return facts.householdMaatwerkBySameProvider
        ? null
        : {
            code: "NOT_ELIGIBLE",
            field: "date",
            message: `${rule.name} kan alleen naast een lopende indicatie voor individuele begeleiding (maatwerk) die uw organisatie in dit huishouden levert. Op ${formatDutchDate(date)} is die er niet.`,
          };
    case "ENDED_INDIVIDUAL_BEGELEIDING":
      return facts.endedBegeleidingBySameProvider
        ? null
        : {
            code: "NOT_ELIGIBLE",
            field: "startDate",
            message: `${rule.name} kan alleen na afgeronde individuele begeleiding die uw organisatie aan deze inwoner heeft geleverd.`,
          };
  }
}

export interface ApprovalFacts {
  /** Earlier deployments of the same voorziening for this resident that were not declined. */
  earlierOfSameKind: number;
  /** Maatwerk individuele begeleiding for the resident runs on the start date (any provider). */
  maatwerkActive: boolean;
}

export type ApprovalReason = "REPEAT" | "DURING_MAATWERK";

/**
 * Kortdurende begeleiding is "in principe eenmalig" and "niet ter overbrugging van Maatwerk
 * Begeleiding" (seeds/000_...): a second one, or one while maatwerk begeleiding runs, waits for
 * the municipality's approval.
 */
export function approvalNeeded(rule: VoorzieningRule, facts: ApprovalFacts): ApprovalReason | null {
  if (rule.approval !== "REPEAT_OR_DURING_MAATWERK") return null;
  if (facts.maatwerkActive) return "DURING_MAATWERK";
  if (facts.earlierOfSameKind > 0) return "REPEAT";
  return null;
}

export function approvalRefusal(reason: ApprovalReason, rule: VoorzieningRule): Refusal {
  const why =
    reason === "REPEAT"
      ? `Deze inwoner heeft al eerder ${rule.name.toLowerCase()} gehad; die is in principe eenmalig.`
      : "Voor deze inwoner loopt maatwerkbegeleiding; kortdurende begeleiding is niet bedoeld om die te overbruggen.";
  return {
    code: "APPROVAL_REQUIRED",
    field: null,
    message: `${why} De inzet is vastgelegd en wacht op goedkeuring van de gemeente; u kunt uren schrijven zodra de gemeente heeft goedgekeurd.`,
  };
}

/**
 * Recreatieve dagbesteding with a work-like part counts as arbeidsmatig and needs an
 * indication, "als de dienstverlener echter helder kan maken, dat het zwaartepunt ligt op
 * recreatieve dagbesteding" it may stay a vrij inzetbare voorziening: then the motivation is required.
 */
export function checkWorkLikePart(rule: VoorzieningRule, workLikePart: boolean, motivation: string | null): Refusal | null {
  if (!rule.asksMotivation || !workLikePart || motivation) return null;
  return {
    code: "NOT_ELIGIBLE",
    field: "motivation",
    message:
      "Met een arbeidsmatig deel telt dagbesteding als arbeidsmatig en is een indicatie nodig. Motiveer waarom het zwaartepunt op recreatie ligt en het arbeidsmatige deel verwaarloosbaar is.",
  };
}
