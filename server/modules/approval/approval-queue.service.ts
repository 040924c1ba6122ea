import type { DataSource } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import type { Actor } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { DeploymentEntity } from "../deployment/deployment.entity.js";
import type { OrganisationService } from "../organisation/organisation.service.js";

export interface WaitingDeployment {
  deployment: DeploymentEntity;
  /** With AFTER_STOP: the municipality's latest decision to stop this voorziening for the resident. */
  earlierStop: { decidedOn: IsoDate; motivation: string } | null;
}

/**
 * Deployments that wait for the municipality's approval (a second kortdurende begeleiding, one
 * while maatwerk begeleiding runs or up to one, a waakvlamcontact after a stop). The decision
 * itself is DeploymentService.decideApproval.
 */
export class ApprovalQueueService {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationService,
  ) {}

  /**
   * Oldest request first. A work queue is read whole: it holds only what waits now, and every
   * item leaves it with a decision. Another municipality's code answers an empty list.
   */
  async pending(actor: Actor | null, municipalityCode: string): Promise<WaitingDeployment[]> {
    const user = assertCan(actor, "approval.queue");
    const municipality = await this.organisations.visibleMunicipality(user, municipalityCode);
    if (!municipality) return [];
    const deployments = await this.db
      .getRepository(DeploymentEntity)
      .createQueryBuilder("d")
      .where("d.municipality_id = :municipalityId AND d.approval_status = 'PENDING'", { municipalityId: municipality.id })
      .orderBy("d.created_at", "ASC")
      .addOrderBy("d.id", "ASC")
      .getMany();
    const afterStop = deployments.filter((d) => d.approvalReason === "AFTER_STOP").map((d) => d.id);
    const stops: Array<{ id: string; decidedOn: IsoDate; motivation: string }> = afterStop.length
      ? await this.db.query(
          `SELECT DISTINCT ON (p.id) p.id, (r.decided_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS "decidedOn", r.decision_motivation AS motivation
             FROM deployment p
             JOIN deployment d ON d.municipality_id = p.municipality_id AND d.resident_id = p.resident_id
                              AND d.voorziening_code = p.voorziening_code AND d.id <> p.id
             JOIN waakvlam_review r ON r.municipality_id = d.municipality_id AND r.deployment_id = d.id AND r.decision = 'STOP'
            WHERE p.municipality_id = $1 AND p.id = ANY($2::uuid[])
            ORDER BY p.id, r.decided_at DESC`,
          [municipality.id, afterStop],
        )
      : [];
    const stopOf = new Map(stops.map((s) => [s.id, { decidedOn: s.decidedOn, motivation: s.motivation }]));
    return deployments.map((deployment) => ({ deployment, earlierStop: stopOf.get(deployment.id) ?? null }));
  }
}
