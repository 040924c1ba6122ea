import { CsvError, parse } from "csv-parse/sync";
import { stringify as stringifyStream, type Stringifier } from "csv-stringify";
import { stringify, type Options as WriteOptions } from "csv-stringify/sync";
import type { Refusal } from "../rules/types.js";

/**
 * The portal's one way to read and write CSV, as Excel with Dutch settings does: semicolons,
 * UTF-8 with a byte order mark (else Excel misreads "beëindigd"), CRLF line ends and double
 * quotes (RFC 4180). csv-parse and csv-stringify do the work; this file holds the choices they
 * leave to us, so every download and every import makes them alike.
 */

/** One cell: text, a number written as it is, or null for an empty cell. */
export type CsvCell = string | number | null;

const SEPARATOR = ";";

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP, "CSV
 * Injection"): =, +, -, @, a tab or a carriage return first, and the full-width =, +, -, @,
 * which Apple Numbers reads as the plain ones. Figures we write ourselves as text ("-0:30",
 * "-12,50") stay as they are, and so do numbers; that is why csv-stringify's own
 * `escape_formulas`, which also turns -30 into '-30, is not used.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) && !/^-?\d[\d:.,]*$/.test(text) ? `'${text}` : text;
}

const WRITE_OPTIONS: WriteOptions = {
  delimiter: SEPARATOR,
  record_delimiter: "windows",
  // csv-stringify quotes a value that holds the separator, a quote or a whole CRLF; a lone line
  // feed or carriage return starts a new row in a spreadsheet just as well, so it is quoted too.
  quoted_match: /[\r\n]/,
  cast: { string: defuseFormula },
};

/**
 * Records as CSV text, every one ending in CRLF. `bom` puts the byte order mark in front: for
 * a whole file, or for the first piece of one that is sent row by row.
 */
export function csvText(records: CsvCell[][], { bom = false }: { bom?: boolean } = {}): string {
  return stringify(records, { ...WRITE_OPTIONS, bom });
}

/**
 * The same CSV as a stream: records go in (one array of cells per write), text comes out, for
 * a file too long to hold whole. It buffers at most 16 records in and 16 kB out: a writer that
 * waits when `write` returns false keeps the memory small. `bom` puts the byte order mark first.
 */
export function csvStream({ bom = false }: { bom?: boolean } = {}): Stringifier {
  return stringifyStream({ ...WRITE_OPTIONS, bom });
}

/** One record of a file that was read, with the line an editor shows it on (the first line is 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Every record of a `;`-separated file, or one refusal when the file cannot be read (a quote
 * that is never closed, or one in the middle of a field). A byte order mark is dropped; blank
 * lines, also those of spaces only, are skipped but counted; every field is trimmed, quoted or
 * not, and a line break inside a quoted field reads as "\n" (as Excel writes it in a cell). A
 * record may have any number of fields: the caller names the columns and refuses a line with
 * too few or too many ({@link fieldCountRefusal}).
 */
export function readCsv(text: string): CsvRecord[] | Refusal {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // One character per line break: csv-parse counts a CRLF inside a quoted field as two lines.
    records = parse(text.replace(/\r\n?/g, "\n"), { delimiter: SEPARATOR, bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      return { code: "INVALID_INPUT", field: "csv", message: `Het bestand kon niet worden gelezen rond regel ${typeof error.lines === "number" ? error.lines : "?"}: controleer de aanhalingstekens.` };
    }
    throw error;
  }
  return records.map(({ record, info }) => ({
    // csv-parse counts to the record's last line; a quoted field with line breaks started earlier.
    line: info.lines - record.reduce((breaks, field) => breaks + (field.match(/\n/g)?.length ?? 0), 0),
    fields: record.map((field) => field.trim()),
  }));
}

/** The refusal for a line that does not have the file's number of fields. */
export function fieldCountRefusal(count: number, expected: number): Refusal {
  return { code: "INVALID_INPUT", field: null, message: `Deze regel heeft ${count} velden; verwacht zijn er ${expected}, gescheiden door puntkomma's.` };
}
