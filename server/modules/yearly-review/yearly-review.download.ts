import { DownloadRefusal, type DownloadHandler } from "../../platform/download.js";
import type { YearlyReviewService } from "./yearly-review.service.js";
import { yearlyReviewCsv } from "./yearly-review.csv.js";

/** GET /exports/yearly-review.csv?municipalityCode=GM0637&year=2026 (mounted by app/downloads.ts). */
export function yearlyReviewDownload(yearlyReview: YearlyReviewService): DownloadHandler {
  return async (req, res, actor) => {
    const code = typeof req.query.municipalityCode === "string" ? req.query.municipalityCode : "";
    const year = typeof req.query.year === "string" && /^\d{4}$/.test(req.query.year) ? Number(req.query.year) : NaN;
    if (Number.isNaN(year)) throw new DownloadRefusal(400, "Geef het jaar op als vier cijfers, bijvoorbeeld year=2026.");
    const review = await yearlyReview.review(actor, code, year);
    if (!review) throw new DownloadRefusal(404, "Deze gemeente is niet gevonden.");
    res
      .status(200)
      .set("Cache-Control", "no-store")
      .attachment(`jaaroverzicht-${review.municipality.code}-${review.year}.csv`)
      .type("text/csv; charset=utf-8")
      .send(yearlyReviewCsv(review));
  };
}
