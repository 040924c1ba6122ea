import { addDays, formatDutchDate, type IsoDate } from "../../shared/dates.js";
import type { Refusal, VoorzieningRule } from "./types.js";

/** VIV codes that count as individual begeleiding for waakvlamcontact's eligibility. */
export const INDIVIDUAL_BEGELEIDING_CODES: readonly string[] = ["KORTDURENDE_BEGELEIDING"];

/** The maatwerk product "individuele begeleiding" (README.md, "The API": recordMaatwerkIndication). */
export const MAATWERK_BEGELEIDING = "BEGELEIDING_INDIVIDUEEL";

/** What the service found in the database about the resident, for one provider and date. */
export interface EligibilityFacts {
  /** An indication for individuele begeleiding (maatwerk) in the resident's household, delivered by this provider, runs on the date. */
  householdMaatwerkBySameProvider: boolean;
  /**
   * Individual begeleiding by this provider for this resident that was delivered and ended before
   * the date: a maatwerk indication that ended, or a VIV deployment that ended, was not waiting
   * for or refused approval, and has hours written.
   */
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
  /** The first start of a recorded maatwerk begeleiding for the resident after the start date (any provider), or null. */
  maatwerkStartsAfter: IsoDate | null;
  /** The municipality decided STOP on an earlier deployment of this voorziening for the resident. */
  stoppedBefore: { decidedOn: IsoDate; motivation: string } | null;
  /**
   * A maatwerk indication for this resident, delivered by this provider, runs on the start date
   * and its product covers the voorziening (INDICATION_COVERS): the municipality granted it.
   */
  grantedByIndication: boolean;
}

/** Why a deployment waits for the municipality; the approvals queue shows it, the provider never sees it. */
export const APPROVAL_REASONS = ["REPEAT", "DURING_MAATWERK", "BRIDGING", "AFTER_STOP", "GRANT_FIRST"] as const;
export type ApprovalReason = (typeof APPROVAL_REASONS)[number];

/**
 * Which voorzieningen a recorded maatwerk indication covers, by the voorziening's iWmo product
 * category (data on each voorziening: 02 begeleiding, 04 kortdurend verblijf, 07 dagbesteding,
 * 08 vervoer). The portal knows one product, individuele begeleiding, and it covers the
 * begeleidingstrajecten of Bijlage 5 (waakvlam, kortdurend, middellang, langdurig/intensief and
 * their specialist variants: all category 02), not dagbesteding, verblijf or vervoer: the
 * policy names those as maatwerkvoorzieningen of their own ("een maatwerkvoorziening voor
 * ontwikkelingsgerichte of arbeidsmatige dagbesteding", seeds/003_..., 2.5.2), so an indication
 * for begeleiding is no grant for them. A new product adds its category here.
 */
export const INDICATION_COVERS: Readonly<Record<string, readonly string[]>> = { [MAATWERK_BEGELEIDING]: ["02"] };

/** The maatwerk products whose indication covers a voorziening of this iWmo product category. */
export function productsCovering(iwmoProductCategory: string): string[] {
  return Object.entries(INDICATION_COVERS)
    .filter(([, categories]) => categories.includes(iwmoProductCategory))
    .map(([product]) => product);
}

/**
 * How far after a kortdurende begeleiding's last day a maatwerk begeleiding that starts then
 * still counts as bridged: four weeks, the time a provider needs to hand over. An open-ended
 * kortdurende begeleiding is taken to last thirteen weeks (50 hours at about four a week).
 */
export const BRIDGING_AFTER_END_DAYS = 28;
export const OPEN_KORTDURENDE_DAYS = 13 * 7;

/**
 * Kortdurende begeleiding is "in principe eenmalig" and "dient terughoudend te worden ingezet
 * en niet ter overbrugging van Maatwerk Begeleiding" (seeds/000_...): a second one, one while
 * maatwerk begeleiding runs, or one that runs up to a maatwerk begeleiding the municipality has
 * already recorded waits for the municipality's approval. And a decision holds: "Per jaar
 * beoordeelt de gemeente ... of het waakvlamcontact bij de inwoner nog nodig is": after the
 * municipality stopped one, a new one waits for its approval too.
 */
export function approvalNeeded(rule: VoorzieningRule, period: { startDate: IsoDate; endDate: IsoDate | null }, facts: ApprovalFacts): ApprovalReason | null {
  if (rule.reviewCycleMonths !== null && facts.stoppedBefore) return "AFTER_STOP";
  if (rule.approval === "GRANT_FIRST") return grantFirst(facts);
  if (rule.approval !== "REPEAT_OR_DURING_MAATWERK") return null;
  if (facts.maatwerkActive) return "DURING_MAATWERK";
  if (facts.maatwerkStartsAfter !== null && facts.maatwerkStartsAfter <= bridgingHorizon(period)) return "BRIDGING";
  if (facts.earlierOfSameKind > 0) return "REPEAT";
  return null;
}

/**
 * Berg en Dal grants first. Its Bijlage 5 is a "Richtlijn begeleidingstrajecten en dagbesteding
 * volwassenen" for maatwerkvoorzieningen, not support a provider starts on its own: "Als dit
 * alles onvoldoende is om de cliënt voldoende te ondersteunen in zijn zelfredzaamheid en
 * participatie, kan de cliënt een aanvraag indienen voor een (aanvullende) maatwerkvoorziening"
 * (seeds/003_..., 1.1), after the Sociaal Team's conversation ("het gespreksverslag [kan] dienen
 * als aanvraag voor een maatwerkvoorziening", 1.5), and each leefgebied's "h) Maatwerkvoorziening"
 * sends the reader to "bijlage 5 met de richtlijnen voor de inzet van de diverse
 * begeleidingstrajecten (waakvlam, kortdurend, middellang, langdurig/intensief) of dagbesteding"
 * (2.5.4). So a new deployment waits for the municipality, unless the municipality has already
 * granted it: a recorded maatwerk indication for this resident, delivered by this provider,
 * that runs on the start date and covers the voorziening (INDICATION_COVERS). Another
 * provider's indication is no grant to this one: the beschikking names who delivers.
 */
function grantFirst(facts: ApprovalFacts): ApprovalReason | null {
  return facts.grantedByIndication ? null : "GRANT_FIRST";
}

/** The last day on which a maatwerk begeleiding that starts makes this deployment a bridge to it. */
export function bridgingHorizon(period: { startDate: IsoDate; endDate: IsoDate | null }): IsoDate {
  return addDays(period.endDate ?? addDays(period.startDate, OPEN_KORTDURENDE_DAYS), BRIDGING_AFTER_END_DAYS);
}

/**
 * What the provider is told when its deployment waits for approval. Never the reason: the
 * reason may be another provider's work for the resident (an earlier kortdurende begeleiding,
 * running maatwerk begeleiding), and one provider must not learn that from the portal
 * (issue #17). The municipality sees the reason in its approvals queue.
 */
export function approvalRefusal(rule: VoorzieningRule): Refusal {
  return {
    code: "APPROVAL_REQUIRED",
    field: null,
    message:
      (rule.approval === "REPEAT_OR_DURING_MAATWERK"
        ? `Deze inzet moet eerst door de gemeente worden goedgekeurd: ${rule.name.toLowerCase()} is in principe eenmalig en niet bedoeld ter overbrugging van maatwerkbegeleiding. `
        : "Deze inzet moet eerst door de gemeente worden goedgekeurd. ") +
      "De inzet is vastgelegd en wacht op goedkeuring van de gemeente; u kunt uren schrijven zodra de gemeente heeft goedgekeurd.",
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
