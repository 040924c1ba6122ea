import type { EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import { capOwnerKind } from "../../rules/cap-owner.js";
import type { EligibilityFacts } from "../../rules/eligibility.js";
import { monthOfDate } from "../../rules/finance.js";
import type { CapWindow, VoorzieningRule } from "../../rules/types.js";
import type { ReviewOutcome } from "../../rules/waakvlam.js";
import type { CatalogueService } from "../catalogue/catalogue.service.js";
import type { DeploymentEntity } from "../deployment/deployment.entity.js";
import { eligibilityFacts } from "../deployment/eligibility.queries.js";
import { closedMonths } from "../finance/closed-periods.js";
import { lockCapOwner, windowOf, type CapOwner } from "./cap-counter.js";
import { HourEntryEntity } from "./hour-entry.entity.js";

/**
 * Every fact the rules need to judge a run of new entries on one deployment, loaded once with
 * the deployment's row already locked: the rule in force on each date, the closed months, the
 * entries the idempotency keys already wrote, the day totals, the waakvlam decisions,
 * zorgcoördinatie's eligibility per date, and the running totals of every window touched
 * (their owners' rows locked). Judging then asks no more questions; accepting an entry moves
 * the day total and the running total here, so the next entry sees it.
 */
export class EntryFacts {
  private constructor(
    private readonly deployment: DeploymentEntity,
    private readonly versions: ReadonlyArray<{ validFrom: IsoDate; rule: VoorzieningRule }>,
    readonly closed: ReadonlySet<string>,
    readonly byKey: Map<string, HourEntryEntity>,
    private readonly dayTotals: Map<IsoDate, number>,
    readonly reviewDecisions: ReadonlyMap<number, ReviewOutcome>,
    private readonly eligibility: ReadonlyMap<IsoDate, EligibilityFacts>,
    private readonly owners: ReadonlyMap<string, CapOwner>,
    private readonly used: Map<string, number>,
  ) {}

  static async load(manager: EntityManager, deployment: DeploymentEntity, catalogue: CatalogueService, entries: ReadonlyArray<{ date: IsoDate; idempotencyKey: string | null }>): Promise<EntryFacts> {
    const m = deployment.municipalityId;
    const versions = (await catalogue.versionsOf(manager, m, deployment.voorzieningCode)).map((v) => ({ validFrom: v.validFrom, rule: v.voorziening.toRule() }));
    const ruleOn = (date: IsoDate) => versions.find((v) => v.validFrom <= date)?.rule ?? null;
    const dates = [...new Set(entries.map((e) => e.date))];
    const keys = [...new Set(entries.flatMap((e) => (e.idempotencyKey === null ? [] : [e.idempotencyKey])))];
    const rules = dates.map(ruleOn);

    const closed = await closedMonths(manager, m);
    const earlier = keys.length === 0 ? [] : await manager.getRepository(HourEntryEntity).createQueryBuilder("e")
      .where("e.municipality_id = :m AND e.deployment_id = :d AND e.idempotency_key = ANY(:keys)", { m, d: deployment.id, keys })
      .getMany();
    const dayRows: Array<{ date: IsoDate; total: number }> = await manager.query(
      `SELECT entry_date::text AS date, SUM(amount)::int AS total FROM hour_entry
        WHERE municipality_id = $1 AND deployment_id = $2 AND entry_date = ANY($3::date[]) AND deleted_at IS NULL GROUP BY entry_date`,
      [m, deployment.id, dates],
    );
    const reviewRows: Array<{ review_year: number; decision: ReviewOutcome }> = rules.some((r) => r?.reviewCycleMonths != null)
      ? await manager.query("SELECT review_year, decision FROM waakvlam_review WHERE municipality_id = $1 AND deployment_id = $2 AND decision IS NOT NULL", [m, deployment.id])
      : [];
    const eligibility = new Map<IsoDate, EligibilityFacts>();
    for (const [i, date] of dates.entries()) {
      if (rules[i]?.eligibility === "MAATWERK_BEGELEIDING_ACTIVE") eligibility.set(date, await eligibilityFacts(manager, deployment, date));
    }

    // Owners are locked after the deployment, one kind at a time, as every write does.
    const owners = new Map<string, CapOwner>();
    for (const rule of rules) {
      if (rule && !owners.has(capOwnerKind(rule))) owners.set(capOwnerKind(rule), await lockCapOwner(manager, deployment, rule));
    }
    const windows = new Map<string, { owner: CapOwner; window: CapWindow }>();
    rules.forEach((rule, i) => {
      if (!rule) return;
      const owner = owners.get(capOwnerKind(rule))!;
      const window = windowOf(rule, deployment, dates[i]);
      windows.set(usedKey(owner, window), { owner, window });
    });
    const list = [...windows.values()];
    const usedRows: Array<{ kind: string; owner: string; start: IsoDate; used: number }> = list.length === 0 ? [] : await manager.query(
      `SELECT owner_kind AS kind, owner_id::text AS owner, window_start::text AS start, used_amount AS used FROM cap_total
        WHERE municipality_id = $1 AND voorziening_code = $2
          AND (owner_kind, owner_id, window_start) IN (SELECT * FROM unnest($3::text[], $4::uuid[], $5::date[]))`,
      [m, deployment.voorzieningCode, list.map((w) => w.owner.kind), list.map((w) => w.owner.id), list.map((w) => w.window.start)],
    );

    return new EntryFacts(
      deployment,
      versions,
      closed,
      new Map(earlier.map((e) => [e.idempotencyKey!, e])),
      new Map(dayRows.map((r) => [r.date, r.total])),
      new Map(reviewRows.map((r) => [r.review_year, r.decision])),
      eligibility,
      owners,
      new Map(usedRows.map((r) => [`${r.kind}|${r.owner}|${r.start}`, r.used])),
    );
  }

  ruleOn(date: IsoDate): VoorzieningRule | null {
    return this.versions.find((v) => v.validFrom <= date)?.rule ?? null;
  }

  isClosed(date: IsoDate): boolean {
    return this.closed.has(monthOfDate(date));
  }

  dayTotal(date: IsoDate): number {
    return this.dayTotals.get(date) ?? 0;
  }

  eligibilityOn(date: IsoDate): EligibilityFacts | null {
    return this.eligibility.get(date) ?? null;
  }

  /** The window an entry on `date` counts in, with its owner and running total. */
  windowFor(rule: VoorzieningRule, date: IsoDate): { owner: CapOwner; window: CapWindow; used: number } {
    const owner = this.owners.get(capOwnerKind(rule))!;
    const window = windowOf(rule, this.deployment, date);
    return { owner, window, used: this.used.get(usedKey(owner, window)) ?? 0 };
  }

  /** An accepted entry: the day and its window hold more from now on. */
  accept(entry: HourEntryEntity, owner: CapOwner, window: CapWindow): number {
    this.dayTotals.set(entry.entryDate, this.dayTotal(entry.entryDate) + entry.amount);
    const total = (this.used.get(usedKey(owner, window)) ?? 0) + entry.amount;
    this.used.set(usedKey(owner, window), total);
    if (entry.idempotencyKey !== null) this.byKey.set(entry.idempotencyKey, entry);
    return total;
  }
}

function usedKey(owner: CapOwner, window: CapWindow): string {
  return `${owner.kind}|${owner.id}|${window.start}`;
}
