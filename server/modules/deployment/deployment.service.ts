import { randomUUID } from "node:crypto";
import { isUuid } from "../../platform/ids.js";
import type { DataSource, EntityManager } from "typeorm";
import { isValidBsn, normaliseBsn } from "../../../shared/bsn.js";
import type { IsoDate } from "../../../shared/dates.js";
import { transact } from "../../platform/transaction.js";
import { checkEnd, checkNewDeployment } from "../../rules/deployments.js";
import { monthOfDate } from "../../rules/finance.js";
import { closedMonths } from "../finance/closed-periods.js";
import { approvalNeeded, approvalRefusal, checkEligibility, checkWorkLikePart } from "../../rules/eligibility.js";
import { isRefusal, type Refusal, type VoorzieningRule } from "../../rules/types.js";
import { capOwnerKind, checkNoneRunning } from "../../rules/cap-owner.js";
import { lockHouseholdOf } from "../hours/cap-counter.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import type { CatalogueService } from "../catalogue/catalogue.service.js";
import type { OrganisationService } from "../organisation/organisation.service.js";
import { MunicipalityEntity } from "../organisation/municipality.entity.js";
import type { ResidentService } from "../resident/resident.service.js";
import { raiseNotice } from "../notices/raise-notice.js";
import { DeploymentEntity } from "./deployment.entity.js";
import {
  DEPLOYMENT_NOT_FOUND,
  decodeCursor,
  encodeCursor,
  lockVisibleDeployment,
  visibleTo,
  type DeploymentFilterInput,
  type DeploymentPage,
} from "./deployment.query.js";
import { approvalFacts, eligibilityFacts, runningFacts } from "./eligibility.queries.js";

export interface CreatedDeployment {
  deployment: DeploymentEntity;
  /** Set when the deployment was stored but waits for the municipality (APPROVAL_REQUIRED). */
  notice: Refusal | null;
}

export interface ApprovalDecisionInput {
  deploymentId: string;
  decision: "APPROVE" | "DECLINE";
  motivation: string;
}

export interface NewDeployment {
  municipalityCode: string;
  residentBsn: string;
  voorzieningCode: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  motivation: string | null;
  transportByProvider: boolean;
  /** Recreatieve dagbesteding with a work-like part (needs a motivation). */
  workLikePart: boolean;
}

export interface DeploymentEnd {
  deploymentId: string;
  endDate: IsoDate;
  reason: string;
}

const MAX_PAGE = 100;

export class DeploymentService {
  constructor(
    private readonly db: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly organisations: OrganisationService,
    private readonly residents: ResidentService,
    private readonly today: () => IsoDate,
  ) {}

  async create(actor: Actor | null, origin: Origin, input: NewDeployment): Promise<CreatedDeployment | Refusal> {
    const user = assertCan(actor, "deployment.create");
    const bsn = normaliseBsn(input.residentBsn);
    if (!isValidBsn(bsn)) {
      return { code: "INVALID_INPUT", field: "residentBsn", message: "Dit is geen geldig BSN: controleer de negen cijfers." };
    }
    return transact(this.db, async (manager) => {
      const municipality = await manager.findOneBy(MunicipalityEntity, { code: input.municipalityCode });
      if (!municipality || !(await this.organisations.hasContractOn(manager, user.providerId!, municipality.id, input.startDate))) {
        return { code: "NOT_FOUND", field: "municipalityCode", message: "Uw organisatie heeft op de startdatum geen contract met deze gemeente." } satisfies Refusal;
      }
      const voorziening = await this.catalogue.voorzieningOn(manager, municipality.id, input.voorzieningCode, input.startDate);
      if (!voorziening) {
        return { code: "NOT_FOUND", field: "voorzieningCode", message: "Deze voorziening staat op de startdatum niet in de catalogus van de gemeente." } satisfies Refusal;
      }
      const rule = voorziening.toRule();
      const motivation = input.motivation?.trim() || null;
      const checked = checkNewDeployment(rule, { startDate: input.startDate, endDate: input.endDate, motivation });
      if (isRefusal(checked)) return checked;
      const workLikePart = rule.asksMotivation && input.workLikePart;
      const motivationRefusal = checkWorkLikePart(rule, workLikePart, motivation);
      if (motivationRefusal) return motivationRefusal;

      // The resident's row lock makes concurrent deployments for one resident take turns, so
      // "a second kortdurende begeleiding" is seen by the second request.
      const resident = await this.residents.findOrCreateLocked(manager, municipality.id, bsn);
      const subject = { municipalityId: municipality.id, providerId: user.providerId!, residentId: resident.id };
      // A household's deployments (zorgcoördinatie) take turns on the household's row as well.
      const owner = capOwnerKind(rule);
      if (owner === "HOUSEHOLD") await lockHouseholdOf(manager, municipality.id, resident.id);
      const period = { startDate: input.startDate, endDate: checked.endDate };
      const running = await runningFacts(manager, { ...subject, code: rule.code }, owner, period);
      const ineligible =
        checkNoneRunning(rule, owner, running.running) ?? checkEligibility(rule, await eligibilityFacts(manager, subject, input.startDate), input.startDate);
      if (ineligible) return { ...ineligible, field: "voorzieningCode" };
      const approvalRule = await this.approvalRuleOn(manager, municipality.id, rule, input.startDate);
      const approvalReason = approvalNeeded(
        approvalRule,
        period,
        await approvalFacts(manager, { ...subject, code: rule.code, iwmoProductCategory: voorziening.iwmo().productCategory }, input.startDate),
      );

      const transport = rule.asksTransport && input.transportByProvider;
      const deployment = manager.create(DeploymentEntity, {
        ...subject,
        id: randomUUID(),
        voorzieningCode: voorziening.code,
        startDate: input.startDate,
        endDate: checked.endDate,
        windowAnchor: running.anchor ?? input.startDate,
        endReason: null,
        endedBy: null,
        endedAt: null,
        motivation,
        transportByProvider: transport,
        transportCheckedBy: transport ? user.userId : null,
        transportCheckedOn: transport ? this.today() : null,
        workLikePart,
        approvalStatus: approvalReason ? "PENDING" : "NOT_REQUIRED",
        approvalReason,
        approvalMotivation: null,
        approvalDecidedBy: null,
        approvalDecidedAt: null,
        createdBy: user.userId,
        createdAt: new Date(),
      });
      await manager.insert(DeploymentEntity, deployment);
      await recordAudit(manager, user, origin, {
        action: "deployment.create",
        municipalityId: municipality.id,
        objectType: "deployment",
        objectId: deployment.id,
        result: approvalReason ? "PENDING_APPROVAL" : "OK",
      });
      return { deployment, notice: approvalReason ? approvalRefusal(rule) : null };
    });
  }

  /**
   * The rule whose approval a new deployment needs. Caps, windows and eligibility are those of
   * the version in force on the start date; the approval is a judgement of the registration
   * itself, so a deployment registered today with a start in the past also waits when today's
   * version says so. Otherwise a provider could escape a stricter version (Berg en Dal's
   * GRANT_FIRST from the day after the GrantFirst migration) by a start date one day earlier.
   * A start in the future keeps the version of its start: that is when it will be judged.
   */
  private async approvalRuleOn(manager: EntityManager, municipalityId: string, rule: VoorzieningRule, startDate: IsoDate): Promise<VoorzieningRule> {
    const today = this.today();
    if (startDate >= today) return rule;
    const now = await this.catalogue.voorzieningOn(manager, municipalityId, rule.code, today);
    return now && now.approval !== rule.approval ? { ...rule, approval: now.approval } : rule;
  }

  /** The municipality approves or declines a deployment that waits for it. */
  async decideApproval(actor: Actor | null, origin: Origin, input: ApprovalDecisionInput): Promise<DeploymentEntity | Refusal> {
    const user = assertCan(actor, "deployment.approve");
    const motivation = input.motivation.trim();
    if (!motivation) return { code: "INVALID_INPUT", field: "motivation", message: "Geef een motivering bij het besluit." };
    return transact(this.db, async (manager) => {
      const deployment = await lockVisibleDeployment(manager, user, input.deploymentId);
      if (!deployment) return DEPLOYMENT_NOT_FOUND;
      if (deployment.approvalStatus !== "PENDING") {
        return { code: "INVALID_INPUT", field: "deploymentId", message: "Deze inzet wacht niet op goedkeuring." } satisfies Refusal;
      }
      Object.assign(deployment, {
        approvalStatus: input.decision === "APPROVE" ? "APPROVED" : "DECLINED",
        approvalMotivation: motivation,
        approvalDecidedBy: user.userId,
        approvalDecidedAt: new Date(),
      });
      await manager.save(DeploymentEntity, deployment);
      await recordAudit(manager, user, origin, {
        action: "deployment.approval",
        municipalityId: deployment.municipalityId,
        objectType: "deployment",
        objectId: deployment.id,
        result: deployment.approvalStatus,
      });
      const voorziening = await this.catalogue.voorzieningOn(manager, deployment.municipalityId, deployment.voorzieningCode, deployment.startDate);
      await raiseNotice(manager, {
        municipalityId: deployment.municipalityId,
        deploymentId: deployment.id,
        key: `approval:${deployment.id}`,
        to: { providerId: deployment.providerId },
        details: { kind: "APPROVAL_DECIDED", voorziening: voorziening?.name ?? deployment.voorzieningCode, approved: input.decision === "APPROVE" },
      });
      return deployment;
    });
  }

  /**
   * Ends a deployment on `endDate` (rules/deployments.ts, checkEnd). The deployment's row lock
   * makes it take turns with logHours, so no entry can land after the end in between.
   */
  async end(actor: Actor | null, origin: Origin, input: DeploymentEnd): Promise<DeploymentEntity | Refusal> {
    const user = assertCan(actor, "deployment.end");
    const reason = input.reason.trim();
    return transact(this.db, async (manager) => {
      const deployment = await lockVisibleDeployment(manager, user, input.deploymentId);
      if (!deployment) return DEPLOYMENT_NOT_FOUND;
      const [{ last }] = await manager.query<Array<{ last: IsoDate | null }>>(
        "SELECT max(entry_date)::text AS last FROM hour_entry WHERE municipality_id = $1 AND deployment_id = $2 AND deleted_at IS NULL",
        [deployment.municipalityId, deployment.id],
      );
      const closed = await closedMonths(manager, deployment.municipalityId);
      const refusal = checkEnd(input.endDate, reason, {
        startDate: deployment.startDate,
        endDate: deployment.endDate,
        declined: deployment.approvalStatus === "DECLINED",
        lastEntryDate: last,
        endMonthClosed: closed.has(monthOfDate(input.endDate)),
        today: this.today(),
      });
      if (refusal) return refusal;
      Object.assign(deployment, { endDate: input.endDate, endReason: reason, endedBy: user.userId, endedAt: new Date() });
      await manager.update(
        DeploymentEntity,
        { municipalityId: deployment.municipalityId, id: deployment.id },
        { endDate: deployment.endDate, endReason: deployment.endReason, endedBy: deployment.endedBy, endedAt: deployment.endedAt },
      );
      // A window that is the deployment itself (kortdurende begeleiding) ends with it.
      const rule = (await this.catalogue.voorzieningOn(manager, deployment.municipalityId, deployment.voorzieningCode, deployment.startDate))?.toRule();
      if (rule && (rule.cap?.window ?? "DEPLOYMENT") === "DEPLOYMENT") {
        await manager.query(
          "UPDATE cap_total SET window_end = $4 WHERE municipality_id = $1 AND last_deployment_id = $2 AND voorziening_code = $3 AND window_start = $5",
          [deployment.municipalityId, deployment.id, deployment.voorzieningCode, input.endDate, deployment.startDate],
        );
      }
      await recordAudit(manager, user, origin, {
        action: "deployment.end",
        municipalityId: deployment.municipalityId,
        objectType: "deployment",
        objectId: deployment.id,
        result: "OK",
      });
      return deployment;
    });
  }

  /** A deployment the actor may see, or null: another tenant's looks exactly like a missing one. */
  async findVisible(actor: Actor | null, origin: Origin, id: string): Promise<DeploymentEntity | null> {
    const user = assertCan(actor, "deployment.read");
    if (!isUuid(id)) return null;
    const scope = visibleTo(user);
    const deployment = await this.db
      .getRepository(DeploymentEntity)
      .createQueryBuilder("d")
      .where("d.id = :id", { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (deployment) {
      // A deployment page shows a resident's data: every such view is traceable.
      await recordAudit(this.db.manager, user, origin, {
        action: "deployment.view",
        municipalityId: deployment.municipalityId,
        objectType: "deployment",
        objectId: deployment.id,
        result: "OK",
      });
    }
    return deployment;
  }

  /** The actor's deployments, newest start first, as a keyset-paginated page. */
  async list(actor: Actor | null, first: number, after: string | null, filter: DeploymentFilterInput, today: IsoDate): Promise<DeploymentPage> {
    const user = assertCan(actor, "deployment.read");
    const scope = visibleTo(user);
    const query = this.db.getRepository(DeploymentEntity).createQueryBuilder("d").where(scope.sql, scope.params);
    if (filter.municipalityCode) {
      query.andWhere("d.municipality_id = (SELECT id FROM municipality WHERE code = :code)", { code: filter.municipalityCode });
    }
    if (filter.voorzieningCode) query.andWhere("d.voorziening_code = :vcode", { vcode: filter.voorzieningCode });
    if (filter.status === "PLANNED") query.andWhere("d.start_date > :today", { today });
    if (filter.status === "ACTIVE") query.andWhere("d.start_date <= :today AND (d.end_date IS NULL OR d.end_date >= :today)", { today });
    if (filter.status === "ENDED") query.andWhere("d.end_date < :today", { today });
    const totalCount = await query.clone().getCount();
    const cursor = after ? decodeCursor(after) : null;
    if (cursor) {
      query.andWhere("(d.start_date, d.id) < (:cursorDate, :cursorId)", { cursorDate: cursor.startDate, cursorId: cursor.id });
    }
    const limit = Math.min(Math.max(first, 0), MAX_PAGE);
    const rows = await query.orderBy("d.start_date", "DESC").addOrderBy("d.id", "DESC").take(limit + 1).getMany();
    const page = rows.slice(0, limit);
    return {
      nodes: page,
      cursors: page.map(encodeCursor),
      hasNextPage: rows.length > limit,
      totalCount,
    };
  }
}

