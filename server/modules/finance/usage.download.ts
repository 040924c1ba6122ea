import { once } from "node:events";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import ExcelJS from "exceljs";
import type { Request, Response } from "express";
import { isIsoDate } from "../../../shared/dates.js";
import { csvStream } from "../../platform/csv.js";
import { DownloadRefusal, type DownloadHandler } from "../../platform/download.js";
import type { FinanceService } from "./finance.service.js";
import { formatEuros } from "../../rules/finance.js";
import type { UsageReportRow, UsageTotals as UsageTotalsView } from "./finance.types.js";
import { presentRow, presentTotals } from "./report-view.js";
import { isSmallCount } from "../../rules/small-counts.js";

/**
 * GET /exports/usage.csv and /exports/usage.xlsx?municipalityCode=&from=&to=[&providerId=][&voorzieningCode=]:
 * the usage report as a download, with the same rows and figures as the screen (one query,
 * report-view.ts), read from a cursor over the report summaries; mounted by app/downloads.ts,
 * scoped and permitted by the same service method as the screen.
 *
 * A download never passes off a broken file as a good one: the CSV streams, and when it fails
 * after its first bytes the connection is cut (app/downloads.ts), so the browser sees a failed
 * download, not a file without its totals line; the XLSX is a zip that is only valid whole, so
 * it is built completely before the status line and sent with its length.
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
      (municipality) => writer.start(`gebruik-${municipality.code}-${query.from}-${query.to}.${format}`),
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

type Cell = string | number;

/**
 * The columns of both exports, Dutch headers; no BSN and no name, residents as on screen. `csv`
 * is the CSV field; `xlsx` the spreadsheet cell, a number wherever the figure is one (hours as
 * decimal hours, euros as a number) with `numFmt`, which Excel shows in the reader's own
 * (Dutch) notation. Totals use the same columns; row-only fields are blank there.
 */
const COLUMNS: Array<{ header: string; csv: (r: ExportLine) => Cell; xlsx?: (r: ExportLine) => Cell; numFmt?: string }> = [
  { header: "Maand", csv: (r) => r.month },
  { header: "Dienstverlener", csv: (r) => r.providerName },
  { header: "Voorziening", csv: (r) => r.voorzieningName },
  { header: "Code voorziening", csv: (r) => r.voorzieningCode },
  { header: "Eenheid", csv: (r) => r.unitLabel },
  { header: "Minuten", csv: (r) => r.minutes, numFmt: "#,##0" },
  // Decimal hours in the spreadsheet: a duration format cannot show a negative (correction) row.
  { header: "Uren", csv: (r) => r.hours, xlsx: (r) => r.minutes / 60, numFmt: "#,##0.00" },
  { header: "Dagdelen", csv: (r) => r.dagdelen, numFmt: "#,##0" },
  { header: "Etmalen", csv: (r) => r.etmalen, numFmt: "#,##0" },
  { header: "Correctieregels", csv: (r) => r.correctionLines, numFmt: "#,##0" },
  { header: "Waarvan correctie (in eenheid)", csv: (r) => r.correctionAmount, numFmt: "#,##0" },
  { header: "Inwoners", csv: (r) => r.residents, xlsx: (r) => r.residentCount ?? r.residents, numFmt: "#,##0" },
  { header: "Bedrag (euro)", csv: (r) => formatEuros(r.amountCents), xlsx: (r) => r.amountCents / 100, numFmt: "#,##0.00" },
  { header: "Bedrag (cent)", csv: (r) => r.amountCents, numFmt: "0" },
  { header: "Regels zonder tarief", csv: (r) => r.unpricedLines, numFmt: "#,##0" },
  { header: "Maand afgesloten", csv: (r) => r.closedLabel },
];

/** A row or the totals, with what only rows have left blank on the totals line. */
type ExportLine = UsageTotalsView & Pick<UsageReportRow, "month" | "providerName" | "voorzieningName" | "voorzieningCode"> & {
  unitLabel: string;
  correctionAmount: Cell;
  closedLabel: string;
};

const rowLine = (r: UsageReportRow): ExportLine => ({
  ...r,
  unitLabel: UNIT_LABEL[r.unit],
  closedLabel: r.closed ? "ja" : "nee",
});
const totalsLine = (t: UsageTotalsView): ExportLine => ({ ...t, month: "Totaal", providerName: "", voorzieningName: "", voorzieningCode: "", unitLabel: "", correctionAmount: "", closedLabel: "" });

interface ExportWriter {
  start(filename: string): Promise<void>;
  row(row: UsageReportRow): Promise<void>;
  end(totals: UsageTotalsView): Promise<void>;
}

function setHeaders(res: Response, filename: string, type: string): void {
  res.status(200);
  res.setHeader("Content-Type", type);
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`);
  res.setHeader("Cache-Control", "no-store");
}

/**
 * The portal's CSV (platform/csv.ts: semicolons, a byte order mark, quoting, formulas defused),
 * written one row at a time so that the rows stream; figures as on screen, amounts also in cents.
 *
 * The records go into csv-stringify's stream, which `pipeline` pipes into the response. The
 * response is not waited on here: `compression` in front hands `res.on("drain")` to its gzip or
 * Brotli stream but not `res.off`, so a listener per wait would stay behind on every wait of a long
 * export (Node's MaxListenersExceededWarning). The pipe holds the one drain listener on the
 * response for the whole download; a row waits on the CSV stream, whose listeners do come off.
 * Backpressure holds end to end: a slow client fills the response, the pipe pauses, the CSV
 * stream fills (16 records, 16 kB) and the next row waits, so the cursor stays a page ahead at most.
 */
function csvWriter(res: Response): ExportWriter {
  const file = csvStream({ bom: true });
  let sent: Promise<void> = Promise.resolve();
  const line = (l: ExportLine) => COLUMNS.map((c) => c.csv(l));
  // Waits when the stream's buffer is full; fails when the download has broken off (the
  // pipeline destroys the CSV stream when the response closes early).
  const put = async (record: Cell[]): Promise<void> => {
    if (!file.destroyed && !file.write(record)) {
      // Drain or close, whichever comes first; the other listener is taken off again.
      const waiting = new AbortController();
      try {
        await Promise.race([once(file, "drain", { signal: waiting.signal }), once(file, "close", { signal: waiting.signal })]);
      } finally {
        waiting.abort();
      }
    }
    if (file.destroyed) throw new Error("the download broke off (the client closed it, or the CSV stream failed)");
  };
  return {
    async start(filename) {
      setHeaders(res, filename, "text/csv; charset=utf-8");
      // The status line goes out now, also through the compression in front: a download that
      // breaks off later is then a cut-off body, which the browser reports as a failed download.
      res.flushHeaders();
      sent = pipeline(file, res);
      // Its failure is seen by the next row (the stream is destroyed) or by end(), which awaits it.
      sent.catch(() => {});
      await put(COLUMNS.map((c) => c.header));
    },
    row: (row) => put(line(rowLine(row))),
    async end(totals) {
      await put(line(totalsLine(totals)));
      file.end();
      await sent;
    },
  };
}

/**
 * The workbook is written whole before anything is sent: exceljs's streaming writer (rows are
 * committed as they come, so memory stays small) writes the zip into memory, and only when it is
 * complete do the status line, its length and the file go out. A failure before that answers an
 * error instead of a 200 with half a zip.
 */
function xlsxWriter(res: Response): ExportWriter {
  const chunks: Buffer[] = [];
  const file = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet("Gebruik", { views: [{ state: "frozen", ySplit: 1 }] });
  let name = "gebruik.xlsx";
  const add = (l: ExportLine, bold = false) => {
    const row = sheet.addRow(COLUMNS.map((c) => (c.xlsx ?? c.csv)(l)));
    if (bold) row.font = { bold: true };
    row.commit();
  };
  return {
    async start(filename) {
      name = filename;
      sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: Math.max(10, c.header.length + 2), style: c.numFmt ? { numFmt: c.numFmt } : {} }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
    },
    async row(row) {
      add(rowLine(row));
    },
    async end(totals) {
      add(totalsLine(totals), true);
      sheet.commit();
      await workbook.commit();
      const whole = Buffer.concat(chunks);
      setHeaders(res, name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      res.setHeader("Content-Length", String(whole.length));
      res.end(whole);
    },
  };
}
