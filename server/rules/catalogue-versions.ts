import { formatDutchDate, type IsoDate } from "../../shared/dates.js";
import type { Unit } from "../../shared/units.js";
import type { ApprovalRule, CapWindowKind, EligibilityRule, Refusal, VoorzieningRule } from "./types.js";

/** A voorziening as a municipality admin enters it: the cap as amount and window side by side. */
export interface VoorzieningDraft {
  code: string;
  name: string;
  unit: Unit;
  capAmount: number | null;
  capWindow: CapWindowKind | null;
  maxDurationMonths: number | null;
  reviewCycleMonths: number | null;
  eligibility: EligibilityRule;
  approval: ApprovalRule;
  asksMotivation: boolean;
  asksTransport: boolean;
  policyQuote: string;
  /** The municipality's iWmo product code (five capitals or digits); null keeps the default. */
  iwmoProductCode?: string | null;
}

export interface CatalogueVersionDraft {
  validFrom: IsoDate;
  name: string;
  policySource: string;
  voorzieningen: VoorzieningDraft[];
}

/** What the municipality's catalogue already holds, as far as a new version must respect it. */
export interface CatalogueHistory {
  today: IsoDate;
  /** The newest version's start and rules (possibly a version that starts in the future). */
  latestValidFrom: IsoDate | null;
  latest: VoorzieningRule[];
  /** Codes of deployments that still run on or after the new version's start. */
  runningCodes: string[];
}

const MAX_VOORZIENINGEN = 50;
/** Review years are counted in twelve months from the start (rules/windows.ts, "per jaar"). */
const REVIEW_CYCLE_MONTHS = 12;
const WINDOW_NAMES: Record<CapWindowKind, string> = {
  DEPLOYMENT: "per inzet",
  HALF_YEAR: "per halfjaar",
  REVIEW_YEAR: "per beoordelingsjaar",
  CALENDAR_YEAR: "per kalenderjaar",
  WEEK: "per week",
};

/**
 * Every reason a new catalogue version cannot be made, all at once so that the admin can fix
 * the form in one go. The past cannot change: a version starts after today and after the
 * newest version, so entries already written stay judged by the rule of their date. And a
 * version may not pull the ground from under running deployments or running totals.
 */
export function checkCatalogueVersion(draft: CatalogueVersionDraft, history: CatalogueHistory): Refusal[] {
  const problems: Refusal[] = [];
  const refuse = (field: string, message: string) => problems.push({ code: "INVALID_INPUT", field, message });
  if (draft.validFrom <= history.today) {
    refuse("validFrom", "Een nieuwe versie gaat op zijn vroegst morgen in: wat al is geschreven, blijft beoordeeld naar de regels van dat moment.");
  } else if (history.latestValidFrom !== null && draft.validFrom <= history.latestValidFrom) {
    refuse("validFrom", `De nieuwste versie gaat in op ${formatDutchDate(history.latestValidFrom)}; een nieuwe versie moet daarna ingaan.`);
  }
  if (!textOk(draft.name, 200)) refuse("name", "Geef de versie een naam van ten hoogste 200 tekens.");
  if (!textOk(draft.policySource, 1000)) refuse("policySource", "Noem de beleidstekst waar deze versie op berust (ten hoogste 1000 tekens).");
  if (draft.voorzieningen.length === 0 || draft.voorzieningen.length > MAX_VOORZIENINGEN) {
    refuse("voorzieningen", `Een versie bevat 1 tot ${MAX_VOORZIENINGEN} voorzieningen.`);
  }

  const latest = new Map(history.latest.map((rule) => [rule.code, rule]));
  const seen = new Set<string>();
  draft.voorzieningen.forEach((v, i) => {
    const at = (field: string) => `voorzieningen[${i}].${field}`;
    if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(v.code)) refuse(at("code"), "Een code bestaat uit hoofdletters, cijfers en liggende streepjes, en begint met een letter.");
    else if (seen.has(v.code)) refuse(at("code"), `De code ${v.code} staat twee keer in deze versie.`);
    seen.add(v.code);
    if (v.iwmoProductCode != null && !/^[0-9A-Z]{5}$/.test(v.iwmoProductCode)) {
      refuse(at("iwmoProductCode"), "Een iWmo-productcode bestaat uit vijf hoofdletters of cijfers, bijvoorbeeld 02A01.");
    }
    if (!textOk(v.name, 200)) refuse(at("name"), "Geef de voorziening een naam van ten hoogste 200 tekens.");
    if (!textOk(v.policyQuote, 4000)) refuse(at("policyQuote"), "Citeer de beleidsregel waar deze voorziening op berust (ten hoogste 4000 tekens).");
    if (v.capAmount !== null && (!Number.isInteger(v.capAmount) || v.capAmount <= 0)) refuse(at("capAmount"), "Een maximum is een positief, heel getal.");
    if (v.capAmount !== null && v.capWindow === null) {
      refuse(at("capWindow"), "Een maximum heeft een venster nodig: per inzet, halfjaar, beoordelingsjaar, kalenderjaar of week.");
    }
    if (v.maxDurationMonths !== null && (v.maxDurationMonths < 1 || v.maxDurationMonths > 120)) refuse(at("maxDurationMonths"), "Een maximale duur ligt tussen 1 en 120 maanden.");
    if (v.reviewCycleMonths !== null && v.reviewCycleMonths !== REVIEW_CYCLE_MONTHS) {
      refuse(at("reviewCycleMonths"), "De jaarlijkse beoordeling telt in jaren van 12 maanden vanaf de start van de inzet.");
    }
    const before = latest.get(v.code);
    if (before && before.unit !== v.unit) {
      refuse(at("unit"), `De eenheid van ${v.code} kan niet veranderen: wat al is geschreven, telt in de oude eenheid. Gebruik een nieuwe code.`);
    }
    // Running totals (cap_total) are kept per window: another window would start counting
    // halfway, with the minutes of the old window left behind.
    const windowBefore = before ? (before.cap?.window ?? "DEPLOYMENT") : null;
    const windowNow = v.capWindow ?? "DEPLOYMENT";
    if (windowBefore && windowBefore !== windowNow) {
      refuse(at("capWindow"), `${v.code} telt nu ${WINDOW_NAMES[windowBefore]}; dat venster kan niet veranderen, omdat de lopende tellingen per venster worden bijgehouden. Gebruik een nieuwe code.`);
    }
  });

  const missing = [...new Set(history.runningCodes)].filter((code) => !seen.has(code)).sort();
  if (missing.length > 0) {
    refuse("voorzieningen", `Er lopen na de ingangsdatum nog inzetten van ${missing.join(", ")}; neem ${missing.length === 1 ? "die voorziening" : "die voorzieningen"} op in de nieuwe versie.`);
  }
  return problems;
}

/** The rule as rules/ works with it, for a draft that passed checkCatalogueVersion. */
export function draftToRule(v: VoorzieningDraft): VoorzieningRule {
  return {
    code: v.code,
    name: v.name.trim(),
    unit: v.unit,
    cap: v.capWindow === null ? null : { amount: v.capAmount, window: v.capWindow },
    maxDurationMonths: v.maxDurationMonths,
    reviewCycleMonths: v.reviewCycleMonths,
    eligibility: v.eligibility,
    approval: v.approval,
    asksMotivation: v.asksMotivation,
    asksTransport: v.asksTransport,
    policyQuote: v.policyQuote.trim(),
  };
}

function textOk(text: string, max: number): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= max;
}
