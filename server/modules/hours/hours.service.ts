import { randomUUID } from "node:crypto";
import { isUuid } from "../../app/ids.js";
import type { DataSource, EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import { capUsageFigures, checkCap } from "../../rules/caps.js";
import { checkEntry } from "../../rules/entries.js";
import type { CapUsageFigures, CapWindow, Refusal, VoorzieningRule } from "../../rules/types.js";
import { capWindowFor } from "../../rules/windows.js";
import type { Actor, Origin } from "../access/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import type { CatalogueService } from "../catalogue/catalogue.service.js";
import { DeploymentEntity } from "../deployment/deployment.entity.js";
import { visibleTo } from "../deployment/deployment.query.js";
import { HourEntryEntity } from "./hour-entry.entity.js";

export interface NewHourEntry {
  deploymentId: string;
  date: IsoDate;
  minutes: number;
  note: string | null;
  idempotencyKey: string | null;
}

export interface WrittenEntry {
  entry: HourEntryEntity;
  capUsage: CapUsageFigures;
}

const MAX_NOTE_LENGTH = 2000;
const MAX_KEY_LENGTH = 200;

const NOT_FOUND: Refusal = { code: "NOT_FOUND", field: "deploymentId", message: "Deze inzet bestaat niet, of u heeft er geen toegang toe." };

/** Where a deployment's hours are counted when its voorziening has no window of its own. */
export function windowOf(rule: VoorzieningRule, deployment: DeploymentEntity, date: IsoDate): CapWindow {
  return capWindowFor(rule.cap?.window ?? "DEPLOYMENT", deployment, date);
}

/**
 * Every write of hours goes through this service, whatever screen or token it came from.
 * A write locks its deployment's row first, so all writes to one deployment run one after
 * the other; the checks and the running total then see every earlier write.
 */
export class HoursService {
  constructor(
    private readonly db: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly today: () => IsoDate,
  ) {}

  async log(actor: Actor | null, origin: Origin, input: NewHourEntry): Promise<WrittenEntry | Refusal> {
    const user = assertCan(actor, "hours.log");
    const note = input.note?.trim() || null;
    if (note !== null && note.length > MAX_NOTE_LENGTH) {
      return { code: "INVALID_INPUT", field: "note", message: `De notitie is te lang (ten hoogste ${MAX_NOTE_LENGTH} tekens).` };
    }
    if (input.idempotencyKey !== null && (input.idempotencyKey.length === 0 || input.idempotencyKey.length > MAX_KEY_LENGTH)) {
      return { code: "INVALID_INPUT", field: "idempotencyKey", message: "De idempotencyKey moet 1 tot 200 tekens lang zijn." };
    }
    return this.db.transaction(async (manager) => {
      const deployment = await this.lockVisible(manager, user, input.deploymentId);
      if (!deployment) return NOT_FOUND;

      if (input.idempotencyKey !== null) {
        const earlier = await manager.findOneBy(HourEntryEntity, {
          municipalityId: deployment.municipalityId,
          deploymentId: deployment.id,
          idempotencyKey: input.idempotencyKey,
        });
        if (earlier) return this.replay(manager, deployment, earlier, input);
      }

      const rule = await this.ruleOn(manager, deployment, input.date);
      if (!rule) return NOT_FOUND;
      const sameDay = await this.sumOnDay(manager, deployment, input.date);
      const refusal = checkEntry(rule, deployment, { date: input.date, amount: input.minutes }, this.today(), sameDay);
      if (refusal) return refusal;

      const window = windowOf(rule, deployment, input.date);
      const used = await this.usedIn(manager, deployment, window);
      const capRefusal = checkCap(rule, window, used, input.minutes);
      if (capRefusal) return capRefusal;

      const entry = manager.create(HourEntryEntity, {
        municipalityId: deployment.municipalityId,
        id: randomUUID(),
        deploymentId: deployment.id,
        entryDate: input.date,
        amount: input.minutes,
        note,
        idempotencyKey: input.idempotencyKey,
        createdBy: user.userId,
        createdAt: new Date(),
      });
      await manager.insert(HourEntryEntity, entry);
      const total = await this.addToWindow(manager, deployment, window, rule, input.minutes);
      await recordAudit(manager, user, origin, {
        action: "hours.log",
        municipalityId: deployment.municipalityId,
        objectType: "hour_entry",
        objectId: entry.id,
        result: "OK",
      });
      return { entry, capUsage: capUsageFigures(rule, window, total) };
    });
  }

  /** The usage of the window that holds `date` (read path: no lock). */
  async capUsageOn(deployment: DeploymentEntity, date: IsoDate): Promise<CapUsageFigures | null> {
    const rule = (await this.ruleOn(this.db.manager, deployment, date)) ?? (await this.ruleOn(this.db.manager, deployment, deployment.startDate));
    if (!rule) return null;
    const window = windowOf(rule, deployment, date);
    return capUsageFigures(rule, window, await this.usedIn(this.db.manager, deployment, window));
  }

  /** Newest first. */
  async entriesOf(deployment: DeploymentEntity): Promise<HourEntryEntity[]> {
    return this.db.getRepository(HourEntryEntity).find({
      where: { municipalityId: deployment.municipalityId, deploymentId: deployment.id },
      order: { entryDate: "DESC", createdAt: "DESC" },
    });
  }

  private async lockVisible(manager: EntityManager, actor: Actor, id: string): Promise<DeploymentEntity | null> {
    if (!isUuid(id)) return null;
    const scope = visibleTo(actor);
    return manager
      .getRepository(DeploymentEntity)
      .createQueryBuilder("d")
      .setLock("pessimistic_write")
      .where("d.id = :id", { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
  }

  private async ruleOn(manager: EntityManager, deployment: DeploymentEntity, date: IsoDate): Promise<VoorzieningRule | null> {
    const voorziening = await this.catalogue.voorzieningOn(manager, deployment.municipalityId, deployment.voorzieningCode, date);
    return voorziening?.toRule() ?? null;
  }

  /** A retried logHours: the first result again, unless the retry asks for something else. */
  private async replay(manager: EntityManager, deployment: DeploymentEntity, earlier: HourEntryEntity, input: NewHourEntry): Promise<WrittenEntry | Refusal> {
    if (earlier.entryDate !== input.date || earlier.amount !== input.minutes) {
      return {
        code: "INVALID_INPUT",
        field: "idempotencyKey",
        message: "Deze idempotencyKey is al gebruikt voor een andere registratie op deze inzet.",
      };
    }
    const rule = await this.ruleOn(manager, deployment, earlier.entryDate);
    if (!rule) return NOT_FOUND;
    const window = windowOf(rule, deployment, earlier.entryDate);
    return { entry: earlier, capUsage: capUsageFigures(rule, window, await this.usedIn(manager, deployment, window)) };
  }

  private async sumOnDay(manager: EntityManager, deployment: DeploymentEntity, date: IsoDate): Promise<number> {
    const [row] = await manager.query(
      "SELECT COALESCE(SUM(amount), 0)::int AS total FROM hour_entry WHERE municipality_id = $1 AND deployment_id = $2 AND entry_date = $3",
      [deployment.municipalityId, deployment.id, date],
    );
    return row.total;
  }

  private async usedIn(manager: EntityManager, deployment: DeploymentEntity, window: CapWindow): Promise<number> {
    const [row] = await manager.query(
      "SELECT used_amount FROM cap_usage WHERE municipality_id = $1 AND deployment_id = $2 AND window_start = $3",
      [deployment.municipalityId, deployment.id, window.start],
    );
    return row?.used_amount ?? 0;
  }

  private async addToWindow(manager: EntityManager, deployment: DeploymentEntity, window: CapWindow, rule: VoorzieningRule, delta: number): Promise<number> {
    const [row] = await manager.query(
      `INSERT INTO cap_usage (municipality_id, deployment_id, window_start, window_end, cap_amount, used_amount)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (municipality_id, deployment_id, window_start)
       DO UPDATE SET used_amount = cap_usage.used_amount + EXCLUDED.used_amount, window_end = EXCLUDED.window_end, cap_amount = EXCLUDED.cap_amount
       RETURNING used_amount`,
      [deployment.municipalityId, deployment.id, window.start, window.end, rule.cap?.amount ?? null, delta],
    );
    return row.used_amount;
  }
}
