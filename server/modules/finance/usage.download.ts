import { once } from "node:events";
import ExcelJS from "exceljs";
import type { Request, Response } from "express";
import { isIsoDate } from "../../../shared/dates.js";
import { DownloadRefusal, type DownloadHandler } from "../../platform/download.js";
import type { FinanceService } from "./finance.service.js";
import { csvLine, formatEuros } from "../../rules/finance.js";
import type { UsageReportRow, UsageTotals as UsageTotalsView } from "./finance.types.js";
import { presentRow, presentTotals } from "./report-view.js";
import { isSmallCount } from "../../rules/small-counts.js";
import type { UsageRow } from "./usage-query.js";

/**
 * GET /exports/usage.csv and /exports/usage.xlsx?municipalityCode=&from=&to=[&providerId=][&voorzieningCode=]:
 * the usage report as a download, with the same rows and figures as the screen (one query,
 * report-view.ts), streamed row by row from a cursor; mounted by app/downloads.ts, scoped and
 * permitted by the same service method as the screen.
 */
export function usageDownload(finance: FinanceService): DownloadHandler {
  return async (req, res, actor) => {
    const format = req.params.format;
    if (format !== "csv" && format !== "xlsx") throw new DownloadRefusal(404, "Dit exportformaat bestaat niet.");
    const query = readQuery(req);
    if (!query) throw new DownloadRefusal(400, "Geef municipalityCode, from en to op (datums als JJJJ-MM-DD).");
    const writer = format === "csv" ? csvWriter(res) : xlsxWriter(res);
    let anyRowHidden = false;
    const totals = await finance.streamUsage(
      actor,
      { ip: req.ip ?? null },
      { ...query, format },
      async (municipality) => {
        res.status(200);
        res.setHeader("Content-Type", format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        res.setHeader("Content-Disposition", `attachment; filename="gebruik-${municipality.code}-${query.from}-${query.to}.${format}"`);
        res.setHeader("Cache-Control", "no-store");
        await writer.start();
      },
      (row) => {
        anyRowHidden ||= isSmallCount(row.residents);
        return writer.row(presentRow(row));
      },
    );
    if (!totals) throw new DownloadRefusal(404, "Deze gemeente bestaat niet, of u werkt er niet.");
    await writer.end(presentTotals(totals, anyRowHidden));
  };
}

interface ExportQuery {
  municipalityCode: string;
  from: string;
  to: string;
  providerId: string | null;
  voorzieningCode: string | null;
}

function readQuery(req: Request): ExportQuery | null {
  const text = (name: string): string | null => {
    const value = req.query[name];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
  };
  const municipalityCode = text("municipalityCode");
  const from = text("from");
  const to = text("to");
  if (!municipalityCode || !from || !to || !isIsoDate(from) || !isIsoDate(to)) return null;
  return { municipalityCode, from, to, providerId: text("providerId"), voorzieningCode: text("voorzieningCode") };
}


const UNIT_LABEL = { MINUTES: "uren", DAGDELEN: "dagdelen", ETMALEN: "etmalen" } as const;

/** The columns of both exports, Dutch headers; no BSN and no name, residents as on screen. */
const HEADERS = [
  "Maand",
  "Dienstverlener",
  "Voorziening",
  "Code voorziening",
  "Eenheid",
  "Minuten",
  "Uren",
  "Dagdelen",
  "Etmalen",
  "Correctieregels",
  "Waarvan correctie (in eenheid)",
  "Inwoners",
  "Bedrag (euro)",
  "Bedrag (cent)",
  "Regels zonder tarief",
  "Maand afgesloten",
];

function cells(r: UsageReportRow): Array<string | number> {
  return [
    r.month,
    r.providerName,
    r.voorzieningName,
    r.voorzieningCode,
    UNIT_LABEL[r.unit],
    r.minutes,
    r.hours,
    r.dagdelen,
    r.etmalen,
    r.correctionLines,
    r.correctionAmount,
    r.residents,
    formatEuros(r.amountCents),
    r.amountCents,
    r.unpricedLines,
    r.closed ? "ja" : "nee",
  ];
}

function totalCells(t: UsageTotalsView): Array<string | number> {
  return ["Totaal", "", "", "", "", t.minutes, t.hours, t.dagdelen, t.etmalen, t.correctionLines, "", t.residents, formatEuros(t.amountCents), t.amountCents, t.unpricedLines, ""];
}

interface ExportWriter {
  start(): Promise<void>;
  row(row: UsageReportRow): Promise<void>;
  end(totals: UsageTotalsView): Promise<void>;
}

/** Writes to the response and waits when its buffer is full; fails when the client has gone. */
async function send(res: Response, chunk: string): Promise<void> {
  if (res.destroyed) throw new Error("the client closed the download");
  if (!res.write(chunk)) await Promise.race([once(res, "drain"), once(res, "close")]);
}

/** Semicolons and a byte order mark, as Dutch Excel opens a CSV file; figures as on screen. */
function csvWriter(res: Response): ExportWriter {
  return {
    start: () => send(res, `\uFEFF${csvLine(HEADERS)}`),
    row: (row) => send(res, csvLine(cells(row))),
    async end(totals) {
      await send(res, csvLine(totalCells(totals)));
      res.end();
    },
  };
}

/** exceljs's streaming writer: each row is committed to the zip stream as it comes. */
function xlsxWriter(res: Response): ExportWriter {
  let workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  let sheet: ExcelJS.Worksheet;
  const add = (values: Array<string | number>) => {
    if (res.destroyed) throw new Error("the client closed the download");
    sheet.addRow(values).commit();
  };
  return {
    async start() {
      workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
      sheet = workbook.addWorksheet("Gebruik");
      sheet.columns = HEADERS.map((header) => ({ header, width: Math.max(10, header.length + 2) }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
    },
    async row(row) {
      add(cells(row));
    },
    async end(totals) {
      add(totalCells(totals));
      sheet.commit();
      await workbook.commit();
    },
  };
}
