import { In, type DataSource } from "typeorm";
import { addDays, type IsoDate } from "../../../shared/dates.js";
import { amountsPerReviewYear, dueReview, REVIEW_NOTICE_DAYS, type DueReview, type ReviewYearAmount } from "../../rules/review-queue.js";
import type { ReviewOutcome } from "../../rules/waakvlam.js";
import type { Actor } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { DeploymentEntity } from "../deployment/deployment.entity.js";
import type { OrganisationService } from "../organisation/organisation.service.js";

/** A waakvlam deployment whose yearly review is due or overdue, with what the municipality weighs. */
export interface DueReviewItem extends DueReview {
  deployment: DeploymentEntity;
  advice: ReviewOutcome | null;
  adviceMotivation: string | null;
  history: ReviewYearAmount[];
}

interface Candidate {
  municipalityId: string;
  id: string;
  cycleMonths: number;
}

/**
 * The yearly waakvlam reviews that need attention now (rules/review-queue.ts): for the
 * municipality the queue of reviews to decide, for a provider the reviews to advise on. The
 * decision and the advice themselves stay with WaakvlamService.
 */
export class ReviewQueueService {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationService,
    private readonly today: () => IsoDate,
  ) {}

  /** The municipality's queue; another municipality's code answers an empty list, like an unknown one. */
  async municipalityQueue(actor: Actor | null, municipalityCode: string): Promise<DueReviewItem[]> {
    const user = assertCan(actor, "waakvlam.queue");
    const municipality = await this.organisations.visibleMunicipality(user, municipalityCode);
    if (!municipality) return [];
    return this.dueIn("d.municipality_id = $1", [municipality.id]);
  }

  /** The provider's own waakvlam deployments with a review coming up or overdue, in every municipality. */
  async providerUpcoming(actor: Actor | null): Promise<DueReviewItem[]> {
    const user = assertCan(actor, "waakvlam.upcoming");
    return this.dueIn("d.provider_id = $1", [user.providerId]);
  }

  /** Every municipality's due reviews, for the periodic notice scan (no user: a background job). */
  dueEverywhere(): Promise<DueReviewItem[]> {
    return this.dueIn("TRUE", []);
  }

  private async dueIn(scope: string, params: unknown[]): Promise<DueReviewItem[]> {
    const today = this.today();
    // The voorziening as the catalogue version in force on the start describes it, as
    // WaakvlamService judges the review; only deployments that can have a review this soon.
    const candidates: Candidate[] = await this.db.query(
      `SELECT d.municipality_id AS "municipalityId", d.id, v.review_cycle_months AS "cycleMonths"
         FROM deployment d
         JOIN voorziening v ON v.municipality_id = d.municipality_id AND v.code = d.voorziening_code
          AND v.catalogue_version_id = (SELECT cv.id FROM catalogue_version cv
                                         WHERE cv.municipality_id = d.municipality_id AND cv.valid_from <= d.start_date
                                         ORDER BY cv.valid_from DESC LIMIT 1)
        WHERE ${scope} AND v.review_cycle_months IS NOT NULL
          AND (d.end_date IS NULL OR d.end_date >= $${params.length + 1})
          AND d.start_date <= $${params.length + 2}`,
      [...params, today, addDays(today, REVIEW_NOTICE_DAYS)],
    );
    if (candidates.length === 0) return [];
    const ids = candidates.map((c) => c.id);
    const municipalityIds = [...new Set(candidates.map((c) => c.municipalityId))];
    const [deployments, reviews, entries] = await Promise.all([
      this.db.getRepository(DeploymentEntity).findBy({ municipalityId: In(municipalityIds), id: In(ids) }),
      this.db.query<Array<{ deploymentId: string; reviewYear: number; advice: ReviewOutcome | null; adviceMotivation: string | null; decision: ReviewOutcome | null }>>(
        `SELECT deployment_id AS "deploymentId", review_year AS "reviewYear", advice, advice_motivation AS "adviceMotivation", decision
           FROM waakvlam_review WHERE municipality_id = ANY($1::uuid[]) AND deployment_id = ANY($2::uuid[])`,
        [municipalityIds, ids],
      ),
      this.db.query<Array<{ deploymentId: string; date: IsoDate; amount: number }>>(
        `SELECT deployment_id AS "deploymentId", entry_date AS date, SUM(amount)::int AS amount
           FROM hour_entry WHERE municipality_id = ANY($1::uuid[]) AND deployment_id = ANY($2::uuid[]) AND deleted_at IS NULL
          GROUP BY 1, 2`,
        [municipalityIds, ids],
      ),
    ]);
    const cycleOf = new Map(candidates.map((c) => [c.id, c.cycleMonths]));
    const items: DueReviewItem[] = [];
    for (const deployment of deployments) {
      const own = reviews.filter((r) => r.deploymentId === deployment.id);
      const decided = new Set(own.filter((r) => r.decision !== null).map((r) => r.reviewYear));
      const cycle = cycleOf.get(deployment.id)!;
      const due = dueReview(deployment, cycle, today, decided);
      if (!due) continue;
      const review = own.find((r) => r.reviewYear === due.reviewYear);
      const upTo = deployment.endDate !== null && deployment.endDate < today ? deployment.endDate : today;
      const history = amountsPerReviewYear(deployment.startDate, cycle, upTo, entries.filter((e) => e.deploymentId === deployment.id));
      items.push({ ...due, deployment, advice: review?.advice ?? null, adviceMotivation: review?.adviceMotivation ?? null, history });
    }
    // Overdue first (the oldest first), then the soonest.
    return items.sort((a, b) => a.period.start.localeCompare(b.period.start) || a.deployment.id.localeCompare(b.deployment.id));
  }
}
