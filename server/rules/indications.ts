import { isValidBsn, normaliseBsn } from "../../shared/bsn.js";
import { isIsoDate, type IsoDate } from "../../shared/dates.js";
import { MAATWERK_BEGELEIDING } from "./eligibility.js";
import type { Refusal } from "./types.js";

/** Maatwerk products the portal knows; "other products may follow" (README.md, "The API"). */
export const MAATWERK_PRODUCTS = [MAATWERK_BEGELEIDING] as const;

/** A maatwerk indication as a municipality enters it, in a form or in a CSV row. */
export interface IndicationFields {
  residentBsn: string;
  householdCode: string;
  providerId: string;
  product: string;
  startDate: string;
  endDate: string | null;
}

/** The same fields, checked and normalised (the BSN without spaces or dots). */
export interface CheckedIndication {
  bsn: string;
  householdCode: string;
  providerId: string;
  product: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/**
 * Every rule an indication must meet before the database is asked anything, so that the form
 * (recordMaatwerkIndication) and the CSV import judge alike. Returns every problem, in the
 * order of the fields; the form shows the first, the import all of them. No message repeats
 * the BSN: a refusal may be shown, logged or exported.
 */
export function checkIndication(input: IndicationFields): { value: CheckedIndication; problems: Refusal[] } {
  const problems: Refusal[] = [];
  const refuse = (field: string, message: string) => problems.push({ code: "INVALID_INPUT", field, message });
  const bsn = normaliseBsn(input.residentBsn);
  const householdCode = input.householdCode.trim();
  if (!isValidBsn(bsn)) refuse("residentBsn", "Dit is geen geldig BSN: controleer de negen cijfers.");
  if (!/^[\w.-]{1,64}$/.test(householdCode)) refuse("householdCode", "Vul een huishoudcode in van 1 tot 64 letters, cijfers, punten of streepjes.");
  if (!(MAATWERK_PRODUCTS as readonly string[]).includes(input.product)) {
    refuse("product", `Onbekend product; bekend is: ${MAATWERK_PRODUCTS.join(", ")}.`);
  }
  const startValid = isIsoDate(input.startDate);
  const endValid = input.endDate === null || isIsoDate(input.endDate);
  if (!startValid) refuse("startDate", "Vul een geldige startdatum in, als dd-mm-jjjj of JJJJ-MM-DD.");
  if (!endValid) refuse("endDate", "Vul een geldige einddatum in, als dd-mm-jjjj of JJJJ-MM-DD, of laat hem leeg.");
  if (startValid && endValid && input.endDate !== null && input.endDate < input.startDate) {
    refuse("endDate", "De einddatum ligt vóór de startdatum.");
  }
  return {
    value: { bsn, householdCode, providerId: input.providerId.trim().toLowerCase(), product: input.product, startDate: input.startDate, endDate: input.endDate },
    problems,
  };
}
