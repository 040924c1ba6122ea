import type { Unit } from "../../../shared/units.js";
import { csvText, type CsvCell } from "../../platform/csv.js";
import { MAIN_FIGURES, percentage, type MainFigure, type YearlyFigures } from "../../rules/yearly-review.js";
import type { YearlyReview, YearlyReviewLine } from "./yearly-review.service.js";

/**
 * The yearly review as a CSV file for Excel with Dutch settings: semicolons, decimal commas,
 * UTF-8 with a byte order mark (else Excel misreads "beëindigd"), written by the portal's one
 * CSV writer (platform/csv.ts: quoting, formula defusing). The same figures as the GraphQL
 * query, from the same service; aggregates only, so no BSN or name of a resident.
 */

/** The unit of the "Hoeveelheid" columns: hours like the screen (not the minutes the API counts in). */
const UNIT_NAMES: Record<Unit, string> = { MINUTES: "uren", DAGDELEN: "dagdelen", ETMALEN: "etmalen" };

const FIGURE_COLUMNS: Array<[string, (f: YearlyFigures) => CsvCell]> = [
  ["Inzetten gestart", (f) => f.deploymentsStarted],
  ["Inzetten lopend", (f) => f.deploymentsRunning],
  ["Inzetten beëindigd", (f) => f.deploymentsEnded],
  ["Inwoners", (f) => f.residentsShown ?? f.residents],
  ["Hoeveelheid", (f) => f.amount],
  ["Inzetten op maximum", (f) => f.deploymentsAtCap],
  ["Vensters op maximum", (f) => f.capWindowsAtCap],
  ["Halfjaren afgelopen", (f) => f.halfYearsEnded],
  ["Halfjaren op maximum", (f) => f.halfYearsEndedAtCap],
  ["Halfjaren op maximum (%)", (f) => percentage(f.halfYearsEndedAtCap, f.halfYearsEnded)],
  ["Waakvlam voortgezet", (f) => f.reviewsContinued],
  ["Waakvlam gestopt", (f) => f.reviewsStopped],
  ["Waakvlam zonder besluit", (f) => f.reviewsOpen],
];

const MAIN_NAMES: Record<MainFigure, string> = {
  deploymentsStarted: "Inzetten gestart",
  deploymentsRunning: "Inzetten lopend",
  deploymentsEnded: "Inzetten beëindigd",
  residents: "Inwoners",
  amount: "Hoeveelheid",
  deploymentsAtCap: "Inzetten op maximum",
};

export const YEARLY_REVIEW_CSV_HEADER = [
  "Dienstverlener",
  "Voorziening",
  "Code",
  "Eenheid",
  ...FIGURE_COLUMNS.map(([name]) => name),
  ...MAIN_FIGURES.flatMap((figure) => [`${MAIN_NAMES[figure]} vorig jaar`, `${MAIN_NAMES[figure]} verschil (%)`]),
];

export function yearlyReviewCsv(review: YearlyReview): string {
  return csvText([YEARLY_REVIEW_CSV_HEADER, ...[...review.lines, review.total].map(row)], { bom: true });
}

function row(line: YearlyReviewLine): CsvCell[] {
  const total = line.provider === null;
  const unit = line.voorziening?.unit ?? "MINUTES";
  // Minutes become hours with up to two decimals (90 -> "1,5"), as a spreadsheet sums them.
  const amount = (value: number | null) => (value === null || unit !== "MINUTES" ? value : Math.round((value / 60) * 100) / 100);
  return [
    line.provider?.name ?? "Totaal",
    line.voorziening?.name ?? "Alle voorzieningen",
    line.voorziening?.code ?? "",
    UNIT_NAMES[unit] + (total ? " (alleen voorzieningen in uren)" : ""),
    ...FIGURE_COLUMNS.map(([name, value]) => decimal(name === "Hoeveelheid" ? amount(value(line.current) as number) : value(line.current))),
    ...line.changes.flatMap((change) =>
      // A change in residents that would give a hidden count away stays empty.
      change.figure === "residents" && (line.current.residentsShown !== undefined || line.previous.residentsShown !== undefined)
        ? [line.previous.residentsShown ?? null, null]
        : [decimal(change.figure === "amount" ? amount(change.previous) : change.previous), decimal(change.percentChange)],
    ),
  ];
}

/** A whole number as it is; a share or change with a decimal comma ("33,3"); null as an empty cell. */
function decimal(value: CsvCell): CsvCell {
  return value === null || typeof value === "string" || Number.isInteger(value) ? value : String(value).replace(".", ",");
}
