import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import { forbidden } from "../../platform/errors.js";
import { checkNoBsnIn } from "../../rules/free-text.js";
import { isUuid } from "../../platform/ids.js";
import { BUSY, transact, transactAll } from "../../platform/transaction.js";
import { capUsageFigures, checkCap } from "../../rules/caps.js";
import { isRefusal, type CapUsageFigures, type Refusal, type VoorzieningRule } from "../../rules/types.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import type { CatalogueService } from "../catalogue/catalogue.service.js";
import { DeploymentEntity } from "../deployment/deployment.entity.js";
import { DEPLOYMENT_NOT_FOUND, lockVisibleDeployment, visibleTo } from "../deployment/deployment.query.js";
import { bookCorrectionLine, bookingOfChangeTo } from "../finance/closed-periods.js";
import { closedMonthRefusal, monthOfDate } from "../../rules/finance.js";
import { addToWindow, lockCapOwner, usedIn, windowOf, type CapOwner } from "./cap-counter.js";
import { checkEntryRules, judgeEntryRules } from "./entry-checks.js";
import { EntryFacts } from "./entry-facts.js";
import { writeNewEntries, type AcceptedEntry } from "./entry-writer.js";
import { HourEntryRevisionEntity, type RevisionAction } from "./hour-entry-revision.entity.js";
import { HourEntryEntity } from "./hour-entry.entity.js";

export interface NewHourEntry {
  deploymentId: string;
  date: IsoDate;
  minutes: number;
  note: string | null;
  idempotencyKey: string | null;
}

export interface HourCorrection {
  entryId: string;
  date: IsoDate;
  minutes: number;
  reason: string;
}

export interface WrittenEntry {
  entry: HourEntryEntity;
  /** The usage of the entry's own window after the write. */
  capUsage: CapUsageFigures;
  /** True when this answers a retry: the same idempotency key had written this entry before. */
  replayed?: boolean;
}

const MAX_TEXT = 2000;
const MAX_KEY_LENGTH = 200;
const ENTRY_NOT_FOUND: Refusal = { code: "NOT_FOUND", field: "entryId", message: "Deze registratie bestaat niet, of u heeft er geen toegang toe." };

/**
 * Every write of hours goes through this service, whatever screen or token it came from.
 * Each write locks its deployment's row first, then the row of its cap's owner (the resident,
 * or for zorgcoördinatie the household), so all writes to one deployment, and all writes to one
 * owner's running totals through any of its deployments, take turns and see the writes before.
 */
export class HoursService {
  constructor(
    private readonly db: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly today: () => IsoDate,
  ) {}

  async log(actor: Actor | null, origin: Origin, input: NewHourEntry): Promise<WrittenEntry | Refusal> {
    const [result] = await this.logMany(actor, origin, input.deploymentId, [input], { rehearse: false });
    return result;
  }

  /**
   * New entries for one deployment, judged one after the other in the order given, in one
   * transaction under one lock of the deployment's row (and its caps' owners). Facts, then
   * verdicts, then one write: every fact the rules need is loaded once (EntryFacts), each entry
   * is judged against them and, when accepted, moves them for the next; then all accepted
   * entries are written in one statement. Per entry, not all-or-nothing: a refused entry is
   * answered and the accepted ones are kept. With `rehearse`, the same judgement runs and
   * nothing is kept (an import's preview).
   */
  async logMany(
    actor: Actor | null,
    origin: Origin,
    deploymentId: string,
    inputs: ReadonlyArray<Omit<NewHourEntry, "deploymentId">>,
    options: { rehearse: boolean },
  ): Promise<Array<WrittenEntry | Refusal>> {
    const user = assertCan(actor, "hours.log");
    return transactAll(this.db, async (manager) => {
      const deployment = await lockVisibleDeployment(manager, user, deploymentId, { periods: true, resident: true });
      if (!deployment) return inputs.map(() => DEPLOYMENT_NOT_FOUND);
      const invalid = inputs.map(checkTexts);
      const facts = await EntryFacts.load(manager, deployment, this.catalogue, inputs.filter((_, i) => !invalid[i]));
      const accepted: AcceptedEntry[] = [];
      const results = inputs.map((input, i) => invalid[i] ?? this.judge(user, deployment, facts, input, accepted));
      await writeNewEntries(manager, user, origin, deployment, accepted);
      return results;
    }, { rehearse: options.rehearse, onBusy: () => inputs.map(() => BUSY) });
  }

  /** One new entry against the facts: a replay, a refusal, or an accepted entry that moves the facts. */
  private judge(user: Actor, deployment: DeploymentEntity, facts: EntryFacts, input: Omit<NewHourEntry, "deploymentId">, accepted: AcceptedEntry[]): WrittenEntry | Refusal {
    const earlier = input.idempotencyKey === null ? undefined : facts.byKey.get(input.idempotencyKey);
    if (earlier) return this.replay(facts, earlier, input);
    const rule = facts.ruleOn(input.date);
    if (!rule) return DEPLOYMENT_NOT_FOUND;
    if (facts.isClosed(input.date)) return closedMonthRefusal(monthOfDate(input.date));
    const candidate = { date: input.date, amount: input.minutes };
    const broken = judgeEntryRules(deployment, rule, candidate, this.today(), {
      dayTotal: facts.dayTotal(input.date),
      reviewDecisions: facts.reviewDecisions,
      eligibility: facts.eligibilityOn(input.date),
    });
    if (broken) return broken;
    const { owner, window, used } = facts.windowFor(rule, input.date);
    const overCap = checkCap(rule, window, used, input.minutes);
    if (overCap) return overCap;

    const entry = Object.assign(new HourEntryEntity(), {
      municipalityId: deployment.municipalityId,
      id: randomUUID(),
      deploymentId: deployment.id,
      entryDate: input.date,
      amount: input.minutes,
      note: input.note?.trim() || null,
      idempotencyKey: input.idempotencyKey,
      deletedAt: null,
      version: 1,
      createdBy: user.userId,
      createdAt: new Date(),
    });
    const total = facts.accept(entry, owner, window);
    accepted.push({ entry, owner, window, rule, usedAfter: total });
    return { entry, capUsage: capUsageFigures(rule, window, total), replayed: false };
  }

  /**
   * Changes an entry's date and amount. Judged as the write it is: within one window only the
   * increase counts; a move to another window must fit there whole, and frees its old window.
   */
  async correct(actor: Actor | null, origin: Origin, input: HourCorrection): Promise<WrittenEntry | Refusal> {
    return this.changeEntry(actor, input, input.date, async ({ manager, user, deployment, entry, booking, reason }) => {
      const before = { date: entry.entryDate, amount: entry.amount };
      const oldRule = await this.ruleOn(manager, deployment, before.date);
      const newRule = await this.ruleOn(manager, deployment, input.date);
      if (!oldRule || !newRule) return ENTRY_NOT_FOUND;
      const oldOwner = await lockCapOwner(manager, deployment, oldRule);
      const newOwner = await lockCapOwner(manager, deployment, newRule);
      const oldWindow = windowOf(oldRule, deployment, before.date);
      const newWindow = windowOf(newRule, deployment, input.date);
      const sameWindow = oldWindow.start === newWindow.start && oldOwner.id === newOwner.id;
      const refusal =
        (await checkEntryRules(manager, deployment, newRule, { date: input.date, amount: input.minutes }, this.today(), entry.id)) ??
        (await this.checkCapOf(manager, newOwner, deployment, newRule, input.date, sameWindow ? input.minutes - before.amount : input.minutes));
      if (refusal) return { ...refusal, field: refusal.field === "deploymentId" ? "entryId" : refusal.field };

      let written = entry;
      if (booking.inPlace) {
        Object.assign(entry, { entryDate: input.date, amount: input.minutes, version: entry.version + 1 });
        await manager.update(HourEntryEntity, { municipalityId: entry.municipalityId, id: entry.id }, { entryDate: entry.entryDate, amount: entry.amount, version: entry.version });
      } else {
        written = (await bookCorrectionLine(manager, entry, booking.bookIn, { date: input.date, amount: input.minutes }))!;
      }
      let total: number;
      if (sameWindow) {
        total = await addToWindow(manager, newOwner, deployment, newWindow, newRule, input.minutes - before.amount);
      } else {
        await addToWindow(manager, oldOwner, deployment, oldWindow, oldRule, -before.amount);
        total = await addToWindow(manager, newOwner, deployment, newWindow, newRule, input.minutes);
      }
      await this.record(manager, user, origin, deployment, written, "CORRECTED", before, reason);
      return { entry: written, capUsage: capUsageFigures(newRule, newWindow, total) };
    });
  }

  /** Takes an entry out of every count; it stays in the history with the reason. */
  async delete(actor: Actor | null, origin: Origin, input: { entryId: string; reason: string }): Promise<CapUsageFigures | Refusal> {
    return this.changeEntry(actor, input, null, async ({ manager, user, deployment, entry, booking, reason }) => {
      const rule = await this.ruleOn(manager, deployment, entry.entryDate);
      if (!rule) return ENTRY_NOT_FOUND;
      const owner = await lockCapOwner(manager, deployment, rule);
      const window = windowOf(rule, deployment, entry.entryDate);
      if (booking.inPlace) await manager.update(HourEntryEntity, { municipalityId: entry.municipalityId, id: entry.id }, { deletedAt: new Date(), version: entry.version + 1 });
      else await bookCorrectionLine(manager, entry, booking.bookIn, null);
      const total = await addToWindow(manager, owner, deployment, window, rule, -entry.amount);
      await this.record(manager, user, origin, deployment, entry, "DELETED", { date: entry.entryDate, amount: entry.amount }, reason);
      return capUsageFigures(rule, window, total);
    });
  }

  /**
   * What a correction and a deletion share: the right to change hours, a reason, the entry with
   * its deployment's row locked, and where the change is booked (in place, or as a correction
   * line when the entry's month is closed), all in one transaction.
   */
  private changeEntry<T>(
    actor: Actor | null,
    input: { entryId: string; reason: string },
    newDate: IsoDate | null,
    work: (change: {
      manager: EntityManager;
      user: Actor;
      deployment: DeploymentEntity;
      entry: HourEntryEntity;
      booking: Exclude<Awaited<ReturnType<typeof bookingOfChangeTo>>, Refusal>;
      reason: string;
    }) => Promise<T | Refusal>,
  ): Promise<T | Refusal> {
    const user = assertCan(actor, "hours.correct");
    const reason = checkReason(input.reason);
    if (typeof reason !== "string") return Promise.resolve(reason);
    return transact(this.db, async (manager) => {
      const found = await this.lockEntry(manager, user, input.entryId);
      if (!found) return ENTRY_NOT_FOUND;
      const booking = await bookingOfChangeTo(manager, found.entry, newDate);
      if (isRefusal(booking)) return booking;
      return work({ manager, user, ...found, booking, reason });
    });
  }

  /** Newest date first; deleted entries only when asked for; only the dates in `range` when it bounds them (the week grid asks one week). */
  async entriesOf(deployment: DeploymentEntity, includeDeleted: boolean, range: { from: IsoDate | null; to: IsoDate | null } = { from: null, to: null }): Promise<HourEntryEntity[]> {
    const query = this.db
      .getRepository(HourEntryEntity)
      .createQueryBuilder("e")
      .where("e.municipality_id = :m AND e.deployment_id = :d", { m: deployment.municipalityId, d: deployment.id });
    if (!includeDeleted) query.andWhere("e.deleted_at IS NULL");
    if (range.from !== null) query.andWhere("e.entry_date >= :from", { from: range.from });
    if (range.to !== null) query.andWhere("e.entry_date <= :to", { to: range.to });
    return query.orderBy("e.entry_date", "DESC").addOrderBy("e.created_at", "DESC").getMany();
  }

  async historyOf(entry: HourEntryEntity): Promise<HourEntryRevisionEntity[]> {
    return this.db.getRepository(HourEntryRevisionEntity).find({ where: { municipalityId: entry.municipalityId, entryId: entry.id }, order: { id: "ASC" } });
  }

  private async ruleOn(manager: EntityManager, deployment: DeploymentEntity, date: IsoDate): Promise<VoorzieningRule | null> {
    const voorziening = await this.catalogue.voorzieningOn(manager, deployment.municipalityId, deployment.voorzieningCode, date);
    return voorziening?.toRule() ?? null;
  }

  private async checkCapOf(manager: EntityManager, owner: CapOwner, deployment: DeploymentEntity, rule: VoorzieningRule, date: IsoDate, delta: number): Promise<Refusal | null> {
    const window = windowOf(rule, deployment, date);
    return checkCap(rule, window, await usedIn(manager, owner, window), delta);
  }

  /** The entry and its deployment, the deployment's row locked; a provider employee may change only the entries they wrote. */
  private async lockEntry(manager: EntityManager, actor: Actor, entryId: string): Promise<{ deployment: DeploymentEntity; entry: HourEntryEntity } | null> {
    if (!isUuid(entryId)) return null;
    const scope = visibleTo(actor);
    const owner = await manager
      .createQueryBuilder(HourEntryEntity, "e")
      .innerJoin(DeploymentEntity, "d", "d.municipality_id = e.municipality_id AND d.id = e.deployment_id")
      .select("d.id", "id")
      .where("e.id = :entryId", { entryId })
      .andWhere(scope.sql, scope.params)
      .getRawOne<{ id: string }>();
    if (!owner) return null;
    const deployment = await lockVisibleDeployment(manager, actor, owner.id);
    const entry = deployment && (await manager.findOneBy(HourEntryEntity, { municipalityId: deployment.municipalityId, id: entryId }));
    if (!deployment || !entry || entry.deletedAt !== null) return null;
    if (actor.role === "PROVIDER_EMPLOYEE" && entry.createdBy !== actor.userId) throw forbidden();
    return { deployment, entry };
  }

  /** A retried logHours: the first result again, unless the retry asks for something else. */
  private replay(facts: EntryFacts, earlier: HourEntryEntity, input: Omit<NewHourEntry, "deploymentId">): WrittenEntry | Refusal {
    if (earlier.entryDate !== input.date || earlier.amount !== input.minutes) {
      return { code: "INVALID_INPUT", field: "idempotencyKey", message: "Deze idempotencyKey is al gebruikt voor een andere registratie op deze inzet." };
    }
    const rule = facts.ruleOn(earlier.entryDate);
    if (!rule) return DEPLOYMENT_NOT_FOUND;
    const { window, used } = facts.windowFor(rule, earlier.entryDate);
    return { entry: earlier, capUsage: capUsageFigures(rule, window, used), replayed: true };
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    origin: Origin,
    deployment: DeploymentEntity,
    entry: HourEntryEntity,
    action: RevisionAction,
    before: { date: IsoDate; amount: number } | null,
    reason: string | null,
  ): Promise<void> {
    const deleted = action === "DELETED";
    await manager.insert(HourEntryRevisionEntity, {
      municipalityId: entry.municipalityId,
      entryId: entry.id,
      action,
      dateBefore: before?.date ?? null,
      amountBefore: before?.amount ?? null,
      dateAfter: deleted ? null : entry.entryDate,
      amountAfter: deleted ? null : entry.amount,
      reason,
      actorUserId: actor.userId,
    });
    await recordAudit(manager, actor, origin, {
      action: `hours.${action.toLowerCase()}`,
      municipalityId: deployment.municipalityId,
      objectType: "hour_entry",
      objectId: entry.id,
      result: "OK",
    });
  }
}

/** The free-text fields of a new entry: a note of sensible length, an idempotency key of 1 to 200 characters. */
function checkTexts(input: Omit<NewHourEntry, "deploymentId">): Refusal | null {
  const note = input.note?.trim() ?? "";
  if (note.length > MAX_TEXT) return { code: "INVALID_INPUT", field: "note", message: `De notitie is te lang (ten hoogste ${MAX_TEXT} tekens).` };
  const bsnInNote = checkNoBsnIn("note", "De notitie", note);
  if (bsnInNote) return bsnInNote;
  if (input.idempotencyKey !== null && (input.idempotencyKey.length === 0 || input.idempotencyKey.length > MAX_KEY_LENGTH)) {
    return { code: "INVALID_INPUT", field: "idempotencyKey", message: "De idempotencyKey moet 1 tot 200 tekens lang zijn." };
  }
  return null;
}

function checkReason(reason: string): string | Refusal {
  const trimmed = reason.trim();
  if (!trimmed) return { code: "INVALID_INPUT", field: "reason", message: "Geef een reden op: die blijft zichtbaar in de geschiedenis van de registratie." };
  if (trimmed.length > MAX_TEXT) return { code: "INVALID_INPUT", field: "reason", message: `De reden is te lang (ten hoogste ${MAX_TEXT} tekens).` };
  return checkNoBsnIn("reason", "De reden", trimmed) ?? trimmed;
}
