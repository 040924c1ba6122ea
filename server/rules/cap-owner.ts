import type { Refusal, VoorzieningRule } from "./types.js";

/** Whose support a cap limits: the resident's, or (zorgcoördinatie) the household's. */
export type CapOwnerKind = "RESIDENT" | "HOUSEHOLD";

/**
 * The policy caps a resident's support, not a deployment ("maximaal 15 uur per jaar"), and
 * zorgcoördinatie is the household's: "Zorgcoördinatie wordt geleverd door de organisatie die
 * in het betreffende huishouden de maatwerkvoorziening begeleiding levert"
 * (seeds/000_8722f61426d2a5c4.txt). The voorziening that supplements the household's maatwerk
 * begeleiding is therefore counted per household; every other one per resident.
 */
export function capOwnerKind(rule: VoorzieningRule): CapOwnerKind {
  return rule.eligibility === "MAATWERK_BEGELEIDING_ACTIVE" ? "HOUSEHOLD" : "RESIDENT";
}

/**
 * A capped voorziening runs at most once at a time for its owner: a second deployment beside
 * the first would otherwise look like a second budget. The sentence names what runs, never
 * who delivers it (another provider's work is not this provider's to see).
 */
export function checkNoneRunning(rule: VoorzieningRule, owner: CapOwnerKind, runningOfSameKind: number): Refusal | null {
  if (rule.cap?.amount == null || runningOfSameKind === 0) return null;
  const what = rule.name.toLowerCase();
  return {
    code: "NOT_ELIGIBLE",
    field: "voorzieningCode",
    message:
      owner === "HOUSEHOLD"
        ? `In het huishouden van deze inwoner loopt in deze periode al ${what}. Die wordt door één organisatie per huishouden geleverd, binnen één maximum voor het hele huishouden.`
        : `Voor deze inwoner loopt in deze periode al ${what}. Het maximum geldt voor de inwoner, niet per inzet: een tweede inzet ernaast kan niet.`,
  };
}
