import type { DataSource } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import { transact } from "../../platform/transaction.js";
import type { Refusal } from "../../rules/types.js";
import { endAfterStop, reviewYearSpan, reviewYearToDecide, type ReviewOutcome } from "../../rules/waakvlam.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { assertCan, type Action } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import type { CatalogueService } from "../catalogue/catalogue.service.js";
import { DeploymentEntity } from "../deployment/deployment.entity.js";
import { DEPLOYMENT_NOT_FOUND, lockVisibleDeployment } from "../deployment/deployment.query.js";
import { raiseNotice } from "../notices/raise-notice.js";
import { WaakvlamReviewEntity } from "./waakvlam-review.entity.js";

export interface ReviewInput {
  deploymentId: string;
  outcome: ReviewOutcome;
  motivation: string;
}

/**
 * The yearly review of waakvlamcontact: the provider advises, the municipality decides
 * whether it continues into the next review year (seeds/000_...: "Per jaar beoordeelt de
 * gemeente in overleg met de dienstverlener of het waakvlamcontact ... nog nodig is").
 */
export class WaakvlamService {
  constructor(
    private readonly db: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly today: () => IsoDate,
  ) {}

  advise(actor: Actor | null, origin: Origin, input: ReviewInput): Promise<WaakvlamReviewEntity | Refusal> {
    return this.write(actor, origin, input, "waakvlam.advise");
  }

  decide(actor: Actor | null, origin: Origin, input: ReviewInput): Promise<WaakvlamReviewEntity | Refusal> {
    return this.write(actor, origin, input, "waakvlam.decide");
  }

  async reviewsOf(deployment: DeploymentEntity): Promise<WaakvlamReviewEntity[]> {
    return this.db.getRepository(WaakvlamReviewEntity).find({
      where: { municipalityId: deployment.municipalityId, deploymentId: deployment.id },
      order: { reviewYear: "ASC" },
    });
  }

  /** The review year a decision made today would be about, or null when there is none to make. */
  async openReviewYear(deployment: DeploymentEntity): Promise<number | null> {
    if (deployment.endDate !== null && deployment.endDate < this.today()) return null;
    const voorziening = await this.catalogue.voorzieningOn(this.db.manager, deployment.municipalityId, deployment.voorzieningCode, deployment.startDate);
    if (voorziening?.reviewCycleMonths == null) return null;
    const decided = (await this.reviewsOf(deployment)).filter((r) => r.decision !== null).map((r) => r.reviewYear);
    return reviewYearToDecide(deployment.startDate, this.today(), new Set(decided));
  }

  private async write(actor: Actor | null, origin: Origin, input: ReviewInput, action: Action): Promise<WaakvlamReviewEntity | Refusal> {
    const user = assertCan(actor, action);
    const motivation = input.motivation.trim();
    if (!motivation) return { code: "INVALID_INPUT", field: "motivation", message: "Geef een motivering: die hoort bij de jaarlijkse beoordeling." };
    if (motivation.length > 4000) return { code: "INVALID_INPUT", field: "motivation", message: "De motivering is te lang (ten hoogste 4000 tekens)." };
    return transact(this.db, async (manager) => {
      const deployment = await lockVisibleDeployment(manager, user, input.deploymentId);
      if (!deployment) return DEPLOYMENT_NOT_FOUND;
      const voorziening = await this.catalogue.voorzieningOn(manager, deployment.municipalityId, deployment.voorzieningCode, deployment.startDate);
      const cycle = voorziening?.reviewCycleMonths ?? null;
      if (cycle === null) return { code: "INVALID_INPUT", field: "deploymentId", message: "Deze inzet kent geen jaarlijkse beoordeling." } satisfies Refusal;
      if (deployment.endDate !== null && deployment.endDate < this.today()) {
        return { code: "OUTSIDE_PERIOD", field: "deploymentId", message: "Deze inzet is al beëindigd; er valt niets meer te beoordelen." } satisfies Refusal;
      }
      const year = await this.openReviewYear(deployment);
      if (year === null) return { code: "INVALID_INPUT", field: "deploymentId", message: "Over het volgende beoordelingsjaar is al besloten." } satisfies Refusal;

      const review =
        (await manager.findOneBy(WaakvlamReviewEntity, { municipalityId: deployment.municipalityId, deploymentId: deployment.id, reviewYear: year })) ??
        manager.create(WaakvlamReviewEntity, { municipalityId: deployment.municipalityId, deploymentId: deployment.id, reviewYear: year });
      if (action === "waakvlam.advise") {
        Object.assign(review, { advice: input.outcome, adviceMotivation: motivation, advisedBy: user.userId, advisedAt: new Date() });
      } else {
        Object.assign(review, { decision: input.outcome, decisionMotivation: motivation, decidedBy: user.userId, decidedAt: new Date() });
        if (input.outcome === "STOP") {
          // "A decision to stop ends the deployment at the end of the current year."
          const end = endAfterStop(deployment.startDate, year, cycle);
          if (deployment.endDate === null || end < deployment.endDate) {
            await manager.update(DeploymentEntity, { municipalityId: deployment.municipalityId, id: deployment.id }, { endDate: end });
          }
        }
      }
      await manager.save(WaakvlamReviewEntity, review);
      await recordAudit(manager, user, origin, {
        action,
        municipalityId: deployment.municipalityId,
        objectType: "deployment",
        objectId: deployment.id,
        result: input.outcome,
      });
      // The advice is news for the municipality's officers, the decision for the provider.
      const span = reviewYearSpan(deployment.startDate, year, cycle);
      const advice = action === "waakvlam.advise";
      await raiseNotice(manager, {
        municipalityId: deployment.municipalityId,
        deploymentId: deployment.id,
        key: `${advice ? "advice" : "review-decided"}:${deployment.id}:${year}`,
        to: advice ? { officersOf: deployment.municipalityId } : { providerId: deployment.providerId },
        details: { kind: advice ? "ADVICE_RECEIVED" : "REVIEW_DECIDED", voorziening: voorziening!.name, outcome: input.outcome, reviewYearStart: span.start, reviewYearEnd: span.end },
      });
      return review;
    });
  }
}
