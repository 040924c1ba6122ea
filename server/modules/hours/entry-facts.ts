import type { EntityManager } from "typeorm";
import { asEntity, jsonColumns } from "../../platform/entity-rows.js";
import { preparedQuery } from "../../platform/prepared.js";
import type { IsoDate } from "../../../shared/dates.js";
import { capOwnerKind } from "../../rules/cap-owner.js";
import { INDIVIDUAL_BEGELEIDING_CODES, MAATWERK_BEGELEIDING, type EligibilityFacts } from "../../rules/eligibility.js";
import { monthOfDate } from "../../rules/finance.js";
import type { CapWindow, VoorzieningRule } from "../../rules/types.js";
import type { ReviewOutcome } from "../../rules/waakvlam.js";
import type { CatalogueService } from "../catalogue/catalogue.service.js";
import type { DeploymentEntity } from "../deployment/deployment.entity.js";
import { eligibilityByDaySql } from "../deployment/eligibility.queries.js";
import { closedMonthsSql } from "../finance/closed-periods.js";
import { lockCapOwner, windowOf, type CapOwner } from "./cap-counter.js";
import { HourEntryEntity } from "./hour-entry.entity.js";

/**
 * Every fact the rules need to judge a run of new entries on one deployment, loaded once with
 * the deployment's row, the municipality's period lock and the resident's row already held
 * (lockVisibleDeployment with `periods` and `resident`): the rule in force on each date, the closed months, the
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
    const dates = [...new Set(entries.map((e) => e.date))];
    const lastDate = dates.reduce((a, b) => (a > b ? a : b), "");
    const versions = await catalogue.rulesUpTo(manager, m, deployment.voorzieningCode, lastDate);
    const ruleOn = (date: IsoDate) => versions.find((v) => v.validFrom <= date)?.rule ?? null;
    const keys = [...new Set(entries.flatMap((e) => (e.idempotencyKey === null ? [] : [e.idempotencyKey])))];
    const rules = dates.map(ruleOn);

    // Owners are locked after the deployment, one kind at a time, as every write does: the
    // resident's row came with the deployment's; a household's row (zorgcoördinatie) after it.
    const owners = new Map<string, CapOwner>();
    for (const rule of rules) {
      if (rule && !owners.has(capOwnerKind(rule))) owners.set(capOwnerKind(rule), await lockCapOwner(manager, deployment, rule, true));
    }
    const windows = new Map<string, { owner: CapOwner; window: CapWindow }>();
    rules.forEach((rule, i) => {
      if (!rule) return;
      const owner = owners.get(capOwnerKind(rule))!;
      const window = windowOf(rule, deployment, dates[i]);
      windows.set(usedKey(owner, window), { owner, window });
    });
    const list = [...windows.values()];
    // Zorgcoördinatie's eligibility holds or not on each entry's date (entry-checks.ts). Only
    // asked when a date needs it: PostgreSQL plans every statement afresh, and planning its
    // subqueries costs a write of another voorziening more than it saves.
    const eligibilityDates = dates.filter((_, i) => rules[i]?.eligibility === "MAATWERK_BEGELEIDING_ACTIVE");
    const eligibility =
      eligibilityDates.length === 0
        ? { sql: "'[]'::json", params: [] }
        : {
            sql: eligibilityByDaySql({ municipality: "$1", provider: "$10::uuid", resident: "$11::uuid", days: "$12::date[]", product: "$13::text", codes: "$14::text[]" }),
            params: [deployment.providerId, deployment.residentId, eligibilityDates, MAATWERK_BEGELEIDING, INDIVIDUAL_BEGELEIDING_CODES],
          };

    // Every other fact in one round trip, read after the last lock was granted (a statement
    // reads what was committed when it began, so it must not be the one that waited).
    // Prepared (platform/prepared.ts): two texts, with and without the eligibility subqueries.
    const [row] = await preparedQuery<FactRows>(
      manager,
      "entry_facts",
      `SELECT
         ${closedMonthsSql("$1")} AS closed,
         (SELECT COALESCE(json_agg(${jsonColumns(manager, HourEntryEntity, "e")}), '[]') FROM hour_entry e
           WHERE e.municipality_id = $1 AND e.deployment_id = $2 AND e.idempotency_key = ANY($3::text[])) AS earlier,
         (SELECT COALESCE(json_agg(json_build_object('date', t.entry_date::text, 'total', t.total)), '[]')
            FROM (SELECT entry_date, SUM(amount)::int AS total FROM hour_entry
                   WHERE municipality_id = $1 AND deployment_id = $2 AND entry_date = ANY($4::date[]) AND deleted_at IS NULL GROUP BY entry_date) t) AS days,
         (SELECT COALESCE(json_agg(json_build_object('year', r.review_year, 'decision', r.decision)), '[]') FROM waakvlam_review r
           WHERE $5::boolean AND r.municipality_id = $1 AND r.deployment_id = $2 AND r.decision IS NOT NULL) AS reviews,
         (SELECT COALESCE(json_agg(json_build_object('key', c.owner_kind || '|' || c.owner_id || '|' || c.window_start::text, 'used', c.used_amount)), '[]') FROM cap_total c
           WHERE c.municipality_id = $1 AND c.voorziening_code = $6
             AND (c.owner_kind, c.owner_id, c.window_start) IN (SELECT * FROM unnest($7::text[], $8::uuid[], $9::date[]))) AS used,
         ${eligibility.sql} AS eligibility`,
      [
        m,
        deployment.id,
        keys,
        dates,
        rules.some((r) => r?.reviewCycleMonths != null),
        deployment.voorzieningCode,
        list.map((w) => w.owner.kind),
        list.map((w) => w.owner.id),
        list.map((w) => w.window.start),
        ...eligibility.params,
      ],
    );

    return new EntryFacts(
      deployment,
      versions,
      new Set(row.closed),
      new Map(row.earlier.map((e) => [e.idempotencyKey!, asEntity(manager, HourEntryEntity, e)])),
      new Map(row.days.map((d) => [d.date, d.total])),
      new Map(row.reviews.map((r) => [r.year, r.decision])),
      new Map(eligibilityDates.map((date, i) => [date, row.eligibility[i]])),
      owners,
      new Map(row.used.map((u) => [u.key, u.used])),
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

/** The facts statement's answer: one row of JSON lists. */
interface FactRows {
  closed: string[];
  earlier: Array<Record<string, unknown> & { idempotencyKey: string | null }>;
  days: Array<{ date: IsoDate; total: number }>;
  reviews: Array<{ year: number; decision: ReviewOutcome }>;
  used: Array<{ key: string; used: number }>;
  /** In the order of the dates asked. */
  eligibility: EligibilityFacts[];
}

function usedKey(owner: CapOwner, window: CapWindow): string {
  return `${owner.kind}|${owner.id}|${window.start}`;
}
