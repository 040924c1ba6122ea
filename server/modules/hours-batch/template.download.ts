import type { DownloadHandler } from "../../platform/download.js";
import { HOURS_CSV_TEMPLATE } from "./hours-csv.js";

/** GET /exports/hours-template.csv: the header and one example line of the hours file. */
export const hoursTemplateDownload: DownloadHandler = async (_req, res) => {
  res
    .status(200)
    .type("text/csv; charset=utf-8")
    .set("Content-Disposition", 'attachment; filename="uren-importeren-voorbeeld.csv"')
    .send(HOURS_CSV_TEMPLATE);
};
