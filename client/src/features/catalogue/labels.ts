import type { ApprovalRule } from "../../gql/graphql";

/** The approval rules in the municipality's words: what the catalogue shows and the form offers. */
export const APPROVAL_RULE_LABELS: Record<ApprovalRule, string> = {
  NONE: "Niet nodig: de dienstverlener kan de inzet zelf starten.",
  REPEAT_OR_DURING_MAATWERK: "Nodig voor een tweede inzet voor dezelfde inwoner, of een inzet terwijl maatwerkbegeleiding loopt.",
  GRANT_FIRST:
    "Altijd nodig (toekenning door de gemeente), tenzij de inzet volgt op een vastgelegde maatwerkindicatie voor de inwoner die haar dekt en die dezelfde dienstverlener levert.",
};

/** In the order the select offers them: from most trust to least. */
export const APPROVAL_RULES: ApprovalRule[] = ["NONE", "REPEAT_OR_DURING_MAATWERK", "GRANT_FIRST"];

/** The same rules as the form's options: short enough for a select. */
export const APPROVAL_RULE_OPTIONS: Record<ApprovalRule, string> = {
  NONE: "Niet nodig",
  REPEAT_OR_DURING_MAATWERK: "Bij een tweede inzet of tijdens maatwerkbegeleiding",
  GRANT_FIRST: "Altijd (toekenning door de gemeente), tenzij een maatwerkindicatie de inzet dekt",
};
