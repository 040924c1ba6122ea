import type { IsoDate } from "../../../shared/dates.js";
import { isIsoDate } from "../../../shared/dates.js";
import { csvText, fieldCountRefusal, readCsv } from "../../platform/csv.js";
import type { Refusal } from "../../rules/types.js";
import { MAX_BATCH_ENTRIES, type BatchEntry } from "./batch.service.js";

/**
 * The hours file a provider exports from its own system ("Uren importeren"):
 *
 *   bsn;gemeente;voorziening;datum;minuten;notitie;referentie
 *   123456782;GM0637;KORTDURENDE_BEGELEIDING;03-12-2026;1:30;Huisbezoek;REG-2026-0001
 *
 * Semicolons, as Excel writes with Dutch settings; quoted fields as Excel quotes them (read by
 * the portal's one CSV reader, platform/csv.ts). `datum` as dd-mm-jjjj (also d-m-jjjj) or jjjj-mm-dd; `minuten` as whole minutes ("90") or hours and
 * minutes ("1:30"), or whole dagdelen where the voorziening counts those; `referentie` is the
 * provider's own id of the line, required: it is the idempotency key, so the same file sent
 * twice writes nothing twice. Lines are numbered as an editor shows them (the header is 1).
 */
export const HOURS_CSV_COLUMNS = ["bsn", "gemeente", "voorziening", "datum", "minuten", "notitie", "referentie"] as const;
/** The template file: the header and one example line, with the byte order mark. */
export const HOURS_CSV_TEMPLATE = csvText(
  [
    [...HOURS_CSV_COLUMNS],
    ["123456782", "GM0637", "KORTDURENDE_BEGELEIDING", "01-12-2026", "1:30", "Huisbezoek", "REG-2026-0001"],
  ],
  { bom: true },
);

export interface HoursCsvRow {
  line: number;
  /** The entry to judge, or the refusal that the line itself earns. */
  entry: BatchEntry | Refusal;
}

const invalid = (field: string | null, message: string): Refusal => ({ code: "INVALID_INPUT", field, message });

/** Every row of the file with its line number, or one refusal for the file as a whole. */
export function parseHoursCsv(text: string): HoursCsvRow[] | Refusal {
  const records = readCsv(text);
  if (!Array.isArray(records)) return records;
  const [header, ...rows] = records;
  const names = header?.fields.map((name) => name.toLowerCase()) ?? [];
  if (names.length !== HOURS_CSV_COLUMNS.length || HOURS_CSV_COLUMNS.some((column, i) => names[i] !== column)) {
    return invalid("csv", `De eerste regel moet de kolomnamen bevatten, gescheiden door puntkomma's: ${HOURS_CSV_COLUMNS.join(";")}.`);
  }
  if (rows.length === 0) return invalid("csv", "Het bestand bevat alleen de kolomnamen, nog geen uren.");
  if (rows.length > MAX_BATCH_ENTRIES) return invalid("csv", `Een bestand mag ten hoogste ${MAX_BATCH_ENTRIES.toLocaleString("nl-NL")} regels met uren hebben; dit bestand heeft er ${rows.length.toLocaleString("nl-NL")}.`);
  return rows.map(({ line, fields }) => ({ line, entry: entryOf(fields) }));
}

function entryOf(values: string[]): BatchEntry | Refusal {
  if (values.length !== HOURS_CSV_COLUMNS.length) return fieldCountRefusal(values.length, HOURS_CSV_COLUMNS.length);
  const [bsn, gemeente, voorziening, datum, minuten, notitie, referentie] = values;
  const date = parseCsvDate(datum);
  if (!date) return invalid("datum", `De datum "${datum}" bestaat niet of is niet als dd-mm-jjjj geschreven.`);
  const minutes = parseCsvAmount(minuten);
  if (minutes === null) return invalid("minuten", `"${minuten}" is geen aantal: schrijf hele minuten (90) of uren en minuten (1:30).`);
  if (!referentie) return invalid("referentie", "Vul de referentie in: het nummer van deze regel in uw eigen systeem. Daarmee wordt een bestand dat twee keer komt maar één keer verwerkt.");
  return {
    deploymentId: null,
    municipalityCode: gemeente,
    residentBsn: bsn,
    voorzieningCode: voorziening,
    date,
    minutes,
    note: notitie || null,
    idempotencyKey: referentie,
  };
}

/** "3-12-2026", "03-12-2026" or "2026-12-03" -> "2026-12-03"; null for anything else or a day that does not exist. */
export function parseCsvDate(text: string): IsoDate | null {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  const iso = dutch ? `${dutch[3]}-${dutch[2].padStart(2, "0")}-${dutch[1].padStart(2, "0")}` : text;
  return isIsoDate(iso) ? iso : null;
}

/** "90" -> 90, "1:30" -> 90; a file from a system says minutes, so a bare number is never hours. */
export function parseCsvAmount(text: string): number | null {
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  return /^\d{1,5}$/.test(text) ? Number(text) : null;
}
