import { readDateField } from "../../../shared/dates.js";
import { fieldCountRefusal, readCsv } from "../../platform/csv.js";
import type { IndicationFields } from "../../rules/indications.js";
import type { Refusal } from "../../rules/types.js";

/**
 * The CSV a municipality exports from its own case system to load maatwerk indications:
 *
 *   residentBsn;householdCode;providerId;product;startDate;endDate
 *   123456782;HH-0001;6f1c...;BEGELEIDING_INDIVIDUEEL;2026-01-01;2026-12-31
 *
 * or, in Dutch, with the provider by its name as the portal lists it under Dienstverleners:
 *
 *   bsn;huishoudcode;dienstverlener;product;startdatum;einddatum
 *   123456782;HH-0001;Zorggroep Horizon;BEGELEIDING_INDIVIDUEEL;01-01-2026;31-12-2026
 *
 * Semicolons, because that is what Excel writes with Dutch settings, read by the portal's one
 * CSV reader (platform/csv.ts): a field may be wrapped in double quotes, and then hold a
 * semicolon, a line break or a quote written twice. The header names the columns (any order,
 * case-insensitive); dates are dd-mm-jjjj or JJJJ-MM-DD, an empty end date means open ended.
 * Lines are numbered as an editor shows them: the header is line 1, and blank lines count but
 * are skipped.
 */
export const INDICATION_CSV_COLUMNS = ["residentBsn", "householdCode", "providerId", "product", "startDate", "endDate"] as const;
/** The same columns in Dutch, in the same order; "dienstverlener" holds the provider's name. */
export const INDICATION_CSV_COLUMNS_NL = ["bsn", "huishoudcode", "dienstverlener", "product", "startdatum", "einddatum"] as const;
/** A GraphQL request body is at most 100 kB anyway; this keeps one import one transaction of reasonable size. */
export const MAX_INDICATION_ROWS = 2000;

export interface IndicationCsvRow {
  line: number;
  /** Null when the line could not be split into the six fields. */
  fields: IndicationFields | null;
  /** With the Dutch header: the provider's name, which the import turns into `fields.providerId`. */
  providerName: string | null;
  problems: Refusal[];
}

const invalid = (field: string | null, message: string): Refusal => ({ code: "INVALID_INPUT", field, message });

/** The rows of the file, or one refusal for the file as a whole (unreadable, no header, too many rows). */
export function parseIndicationCsv(text: string): IndicationCsvRow[] | Refusal {
  const records = readCsv(text);
  if (!Array.isArray(records)) return records;
  const [first, ...lines] = records;
  const header = first?.fields.map((name) => name.toLowerCase()) ?? [];
  const byName = header.includes("dienstverlener");
  const expected = (byName ? INDICATION_CSV_COLUMNS_NL : INDICATION_CSV_COLUMNS).map((name) => name.toLowerCase());
  const index = expected.map((name) => header.indexOf(name));
  if (index.includes(-1) || header.length !== expected.length) {
    return invalid(
      "csv",
      `De eerste regel moet de kolomnamen bevatten, gescheiden door puntkomma's: ${INDICATION_CSV_COLUMNS_NL.join(";")} (of, zoals eerder, ${INDICATION_CSV_COLUMNS.join(";")}).`,
    );
  }
  const rows = lines.map(({ line, fields: values }): IndicationCsvRow => {
    if (values.length !== expected.length) return { line, fields: null, providerName: null, problems: [fieldCountRefusal(values.length, expected.length)] };
    const at = (column: number) => values[index[column]];
    return {
      line,
      fields: {
        residentBsn: at(0),
        householdCode: at(1),
        providerId: byName ? "" : at(2),
        product: at(3),
        startDate: isoOrAsTyped(at(4)),
        endDate: at(5) === "" ? null : isoOrAsTyped(at(5)),
      },
      providerName: byName ? at(2) : null,
      problems: [],
    };
  });
  if (rows.length === 0) return invalid("csv", "Het bestand bevat geen regels onder de kolomnamen.");
  if (rows.length > MAX_INDICATION_ROWS) return invalid("csv", `Het bestand bevat ${rows.length} regels; lever er ten hoogste ${MAX_INDICATION_ROWS} per keer aan.`);
  return rows;
}

/** "01-11-2026" and "2026-11-01" both become "2026-11-01"; anything else stays, for the check to refuse. */
function isoOrAsTyped(text: string): string {
  const reading = readDateField(text);
  return reading.kind === "date" ? reading.date : text;
}
