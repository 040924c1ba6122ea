import type { DataSource } from "typeorm";
import type { Actor } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { DeploymentEntity } from "../deployment/deployment.entity.js";
import type { OrganisationService } from "../organisation/organisation.service.js";

/**
 * Deployments that wait for the municipality's approval (a second kortdurende begeleiding, or
 * one while maatwerk begeleiding runs). The decision itself is DeploymentService.decideApproval.
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
  async pending(actor: Actor | null, municipalityCode: string): Promise<DeploymentEntity[]> {
    const user = assertCan(actor, "approval.queue");
    const municipality = await this.organisations.visibleMunicipality(user, municipalityCode);
    if (!municipality) return [];
    return this.db
      .getRepository(DeploymentEntity)
      .createQueryBuilder("d")
      .where("d.municipality_id = :municipalityId AND d.approval_status = 'PENDING'", { municipalityId: municipality.id })
      .orderBy("d.created_at", "ASC")
      .addOrderBy("d.id", "ASC")
      .getMany();
  }
}
