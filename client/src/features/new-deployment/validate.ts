import { isValidBsn, normaliseBsn } from "@shared/bsn";
import { dateProblem } from "../../components/DateTextbox";

export interface NewDeploymentValues {
  municipalityCode: string;
  voorzieningCode: string;
  residentBsn: string;
  startDate: string;
  endDate: string;
  motivation: string;
  workLikePart: boolean;
  transportByProvider: boolean;
}

export type NewDeploymentField = keyof NewDeploymentValues;

export const FIELD_ORDER: NewDeploymentField[] = [
  "municipalityCode",
  "voorzieningCode",
  "residentBsn",
  "startDate",
  "endDate",
  "workLikePart",
  "motivation",
  "transportByProvider",
];

/** The element id of each field, so that error messages can point at it. */
export const fieldId = (field: NewDeploymentField) => `new-deployment-${field}`;

/**
 * Checks what the browser can check before sending. The server checks all of it again and
 * more (eligibility, approvals); its userErrors are shown the same way.
 */
export function validate(values: NewDeploymentValues): Partial<Record<NewDeploymentField, string>> {
  const errors: Partial<Record<NewDeploymentField, string>> = {};
  if (!values.municipalityCode) errors.municipalityCode = "Kies een gemeente.";
  if (!values.voorzieningCode) errors.voorzieningCode = "Kies een voorziening.";
  const bsn = normaliseBsn(values.residentBsn);
  if (bsn === "") errors.residentBsn = "Vul het BSN van de inwoner in.";
  else if (!isValidBsn(bsn)) errors.residentBsn = "Dit is geen geldig BSN. Controleer de 9 cijfers.";
  const startProblem = dateProblem(values.startDate, { required: true, label: "de startdatum" });
  const endProblem = dateProblem(values.endDate, { label: "de einddatum" });
  if (startProblem) errors.startDate = startProblem;
  if (endProblem) errors.endDate = endProblem;
  else if (!startProblem && values.endDate && values.endDate < values.startDate) {
    errors.endDate = "De einddatum ligt voor de startdatum.";
  }
  return errors;
}

/** Maps a server field name ("residentBsn" or "input.residentBsn") to a form field. */
export function fieldOf(field: string | null | undefined): NewDeploymentField | null {
  const name = field?.replace(/^input\./, "");
  return FIELD_ORDER.find((f) => f === name) ?? null;
}
