import ExcelJS from "exceljs";
import { csvText } from "../../platform/csv.js";
import { DownloadRefusal, type DownloadHandler } from "../../platform/download.js";
import { isRefusal } from "../../rules/types.js";
import type { Declaration, DeclarationLine } from "./declaration.service.js";
import type { DeclarationService } from "./declaration.service.js";

const columns = (declaration: Declaration) => [
  "agb_code",
  "gemeentecode",
  "dienstverlener",
  declaration.residentColumn,
  "voorziening",
  "productcategorie",
  "productcode",
  "eenheid",
  "volume",
  "begindatum",
  "einddatum",
  "debet_credit",
];

const cells = (l: DeclarationLine): Array<string | number> => [
  l.agbCode,
  l.municipalityCode,
  l.providerName,
  l.resident,
  l.voorzieningCode,
  l.iwmo.productCategory,
  l.iwmo.productCode,
  l.iwmo.unitCode,
  l.volume,
  l.periodStart,
  l.periodEnd,
  l.debitCredit,
];

/**
 * GET /exports/declaration.csv and .xlsx?municipalityCode=GM0637&month=2026-11: the month's
 * declaration lines in iWmo codes. The file is made whole before the first byte is sent, so a
 * failure answers an error, never a file that looks complete.
 */
export function declarationDownload(declarations: DeclarationService): DownloadHandler {
  return async (req, res, actor) => {
    const format = req.params.format;
    if (format !== "csv" && format !== "xlsx") throw new DownloadRefusal(404, "Dit exportformaat bestaat niet.");
    const municipalityCode = typeof req.query.municipalityCode === "string" ? req.query.municipalityCode : "";
    const month = typeof req.query.month === "string" ? req.query.month : "";
    const declaration = await declarations.monthOf(actor, { ip: req.ip ?? null }, municipalityCode, month);
    if (declaration === null) throw new DownloadRefusal(404, "Deze gemeente is niet gevonden, of u werkt er niet voor.");
    if (isRefusal(declaration)) throw new DownloadRefusal(400, declaration.message);
    const name = `declaratie-${municipalityCode}-${month}`;
    if (format === "csv") {
      const body = csvText([columns(declaration), ...declaration.lines.map(cells)], { bom: true });
      res.status(200).type("text/csv; charset=utf-8").set("Content-Disposition", `attachment; filename="${name}.csv"`).send(body);
      return;
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Declaratie");
    sheet.columns = columns(declaration).map((header) => ({ header, width: Math.max(12, header.length + 2) }));
    sheet.getRow(1).font = { bold: true };
    for (const line of declaration.lines) sheet.addRow(cells(line));
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    res
      .status(200)
      .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .set("Content-Disposition", `attachment; filename="${name}.xlsx"`)
      .send(body);
  };
}
