import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { formatDutchMonth, isIsoDate, type IsoDate } from "../../../shared/dates.js";
import { AppError } from "../../platform/errors.js";
import { isUuid } from "../../platform/ids.js";
import { transact } from "../../platform/transaction.js";
import { TARIFF_UNIT_FOR, checkClosable, firstDayOf, formatEuros, type TariffUnit } from "../../rules/finance.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import type { CatalogueService } from "../catalogue/catalogue.service.js";
import type { MunicipalityEntity } from "../organisation/municipality.entity.js";
import type { OrganisationService } from "../organisation/organisation.service.js";
import { lockPeriods } from "./closed-periods.js";
import {
  USAGE_RESIDENTS_SQL,
  USAGE_ROWS_SQL,
  addToTotals,
  emptyTotals,
  toUsageRow,
  usageParams,
  type RawUsageRow,
  type UsageQuery,
  type UsageRow,
  type UsageTotals,
} from "./usage-query.js";

export interface UsageRequest {
  municipalityCode: string;
  from: IsoDate;
  to: IsoDate;
  providerId: string | null;
  voorzieningCode: string | null;
}

export interface UsageReportData {
  municipality: MunicipalityEntity;
  from: IsoDate;
  to: IsoDate;
  rows: UsageRow[];
  totals: UsageTotals;
  closedMonths: string[];
  providers: Array<{ id: string; name: string }>;
}

export interface TariffRow {
  id: string;
  contractId: string;
  providerId: string;
  providerName: string;
  voorzieningCode: string;
  unit: TariffUnit;
  amountCents: number;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export interface NewTariff {
  municipalityCode: string;
  providerId: string;
  voorzieningCode: string;
  unit: TariffUnit;
  amountCents: number;
  validFrom: IsoDate;
}

export interface ClosedPeriodRow {
  month: string;
  closedAt: Date;
  closedBy: string | null;
}

/** A report or export covers at most this many days: five years. */
const MAX_RANGE_DAYS = 5 * 366;
/** Rows fetched from the export's cursor at a time. */
const EXPORT_PAGE = 200;
/** The most a tariff can be: 10.000 euro per unit, far above any real one; it catches a typo in cents. */
const MAX_TARIFF_CENTS = 1_000_000;

const MUNICIPALITY_NOT_FOUND: Refusal = { code: "NOT_FOUND", field: "municipalityCode", message: "Deze gemeente bestaat niet, of u werkt er niet." };

const TARIFFS_SQL = `
  SELECT t.id, t.contract_id AS "contractId", c.provider_id AS "providerId", p.name AS "providerName",
         t.voorziening_code AS "voorzieningCode", t.unit, t.amount_cents AS "amountCents", t.valid_from AS "validFrom",
         (lead(t.valid_from) OVER (PARTITION BY t.contract_id, t.voorziening_code ORDER BY t.valid_from) - 1) AS "validTo"
    FROM tariff t
    JOIN contract c ON c.municipality_id = t.municipality_id AND c.id = t.contract_id
    JOIN provider p ON p.id = c.provider_id
   WHERE t.municipality_id = $1`;

/**
 * Finance: usage reports and their exports, tariffs and closed months. Reports and exports are
 * scoped to the reader's own municipality (another one is "not found", like a missing one) and
 * never hold a BSN or a name: residents are counted, and counts below 5 are not shown exactly.
 */
export class FinanceService {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationService,
    private readonly catalogue: CatalogueService,
    private readonly today: () => IsoDate,
  ) {}

  /** The report on screen; null for a municipality the reader does not work in. */
  async usageReport(actor: Actor | null, request: UsageRequest): Promise<UsageReportData | null> {
    const reader = assertCan(actor, "finance.report");
    checkRange(request.from, request.to);
    const municipality = await this.organisations.visibleMunicipality(reader, request.municipalityCode);
    if (!municipality) return null;
    const query = toQuery(municipality.id, request);
    const manager = this.db.manager;
    // Independent reads, side by side on the pool.
    const [raw, [{ residents }], closedMonths, providers] = await Promise.all([
      manager.query<RawUsageRow[]>(USAGE_ROWS_SQL, usageParams(query)),
      manager.query(USAGE_RESIDENTS_SQL, usageParams(query)),
      this.closedMonthsBetween(manager, municipality.id, request.from, request.to),
      manager.query(`SELECT DISTINCT p.id, p.name FROM contract c JOIN provider p ON p.id = c.provider_id WHERE c.municipality_id = $1 ORDER BY p.name`, [municipality.id]),
    ]);
    const rows = raw.map(toUsageRow);
    const totals = emptyTotals();
    for (const row of rows) addToTotals(totals, row);
    return { municipality, from: request.from, to: request.to, rows, totals: { ...totals, residents }, closedMonths, providers };
  }

  /**
   * The same report row by row from a PostgreSQL cursor, for an export: `write` is awaited for
   * each row (it waits while the download's stream is full), so no more than a page is ever in memory.
   * The rows and the resident total come from one snapshot. Each FETCH is its own statement under
   * the pool's statement timeout, so the export as a whole has no time limit, and since it reads
   * summary rows (finance/usage-query.ts) no statement of it runs long, whatever the year's size.
   * Null: not the reader's municipality.
   */
  async streamUsage(
    actor: Actor | null,
    origin: Origin,
    request: UsageRequest & { format: string },
    start: (municipality: MunicipalityEntity) => Promise<void>,
    write: (row: UsageRow) => Promise<void>,
  ): Promise<UsageTotals | null> {
    const reader = assertCan(actor, "finance.report");
    checkRange(request.from, request.to);
    const municipality = await this.organisations.visibleMunicipality(reader, request.municipalityCode);
    if (!municipality) return null;
    const query = toQuery(municipality.id, request);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction("REPEATABLE READ");
      await recordAudit(runner.manager, reader, origin, {
        action: `finance.export.${request.format}`,
        municipalityId: municipality.id,
        objectType: "usage_report",
        objectId: `${request.from}/${request.to}`,
        result: "OK",
      });
      await start(municipality);
      await runner.query(`DECLARE usage_export NO SCROLL CURSOR FOR ${USAGE_ROWS_SQL}`, usageParams(query));
      const totals = emptyTotals();
      for (;;) {
        const page: RawUsageRow[] = await runner.query(`FETCH ${EXPORT_PAGE} FROM usage_export`);
        for (const raw of page) {
          const row = toUsageRow(raw);
          addToTotals(totals, row);
          await write(row);
        }
        if (page.length < EXPORT_PAGE) break;
      }
      await runner.query("CLOSE usage_export");
      const [{ residents }] = await runner.query(USAGE_RESIDENTS_SQL, usageParams(query));
      await runner.commitTransaction();
      return { ...totals, residents };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** The tariffs of the municipality, per provider and voorziening, oldest first. */
  async tariffs(actor: Actor | null, municipalityCode: string): Promise<TariffRow[]> {
    const reader = assertCan(actor, "tariff.read");
    const municipality = await this.organisations.visibleMunicipality(reader, municipalityCode);
    if (!municipality) return [];
    return this.db.query(`${TARIFFS_SQL} ORDER BY p.name, t.voorziening_code, t.valid_from`, [municipality.id]);
  }

  /**
   * Sets the tariff of a provider's contract for a voorziening from `validFrom` on (the same
   * date again replaces the amount). Refused when it would change the price of a closed month.
   */
  async setTariff(actor: Actor | null, origin: Origin, input: NewTariff): Promise<TariffRow | Refusal> {
    const admin = assertCan(actor, "tariff.manage");
    const municipality = await this.organisations.visibleMunicipality(admin, input.municipalityCode);
    if (!municipality) return MUNICIPALITY_NOT_FOUND;
    if (!Number.isInteger(input.amountCents) || input.amountCents < 0 || input.amountCents > MAX_TARIFF_CENTS) {
      return { code: "INVALID_INPUT", field: "amountCents", message: `Vul het tarief in hele centen in, van 0 tot ${MAX_TARIFF_CENTS} (€ ${formatEuros(MAX_TARIFF_CENTS)}).` };
    }
    return transact(this.db, async (manager) => {
      await lockPeriods(manager, municipality.id, "shared");
      const [contract] = isUuid(input.providerId)
        ? await manager.query(
            `SELECT id FROM contract WHERE municipality_id = $1 AND provider_id = $2 AND valid_from <= $3 AND (valid_to IS NULL OR valid_to >= $3)
              ORDER BY valid_from DESC LIMIT 1`,
            [municipality.id, input.providerId, input.validFrom],
          )
        : [];
      if (!contract) return { code: "NOT_FOUND", field: "providerId", message: "Deze dienstverlener heeft op die datum geen contract met uw gemeente." } satisfies Refusal;
      const voorziening = await this.catalogue.voorzieningOn(manager, municipality.id, input.voorzieningCode, input.validFrom);
      if (!voorziening) return { code: "NOT_FOUND", field: "voorzieningCode", message: "Deze voorziening staat op die datum niet in de catalogus van uw gemeente." } satisfies Refusal;
      const unit = TARIFF_UNIT_FOR[voorziening.unit];
      if (input.unit !== unit) {
        return { code: "INVALID_INPUT", field: "unit", message: `${voorziening.name} telt in ${UNIT_WORDS[voorziening.unit]}: geef een tarief ${UNIT_PER[unit]}.` } satisfies Refusal;
      }
      // The new price holds until the next tariff of this contract and voorziening starts.
      const [closed] = await manager.query(
        `SELECT to_char(cp.month, 'YYYY-MM') AS month FROM closed_period cp
          WHERE cp.municipality_id = $1 AND (cp.month + interval '1 month' - interval '1 day')::date >= $4
            AND cp.month < COALESCE((SELECT min(valid_from) FROM tariff WHERE municipality_id = $1 AND contract_id = $2 AND voorziening_code = $3 AND valid_from > $4), 'infinity'::date)
          ORDER BY cp.month LIMIT 1`,
        [municipality.id, contract.id, input.voorzieningCode, input.validFrom],
      );
      if (closed) {
        return {
          code: "OUTSIDE_PERIOD",
          field: "validFrom",
          message: `Dit tarief zou de bedragen van ${formatDutchMonth(closed.month)} veranderen, en die maand is afgesloten. Kies een ingangsdatum na de laatste afgesloten maand.`,
        } satisfies Refusal;
      }
      const [row] = await manager.query(
        `INSERT INTO tariff (municipality_id, id, contract_id, voorziening_code, unit, amount_cents, valid_from, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (municipality_id, contract_id, voorziening_code, valid_from)
         DO UPDATE SET amount_cents = EXCLUDED.amount_cents, unit = EXCLUDED.unit, created_by = EXCLUDED.created_by, created_at = now()
         RETURNING id`,
        [municipality.id, randomUUID(), contract.id, input.voorzieningCode, unit, input.amountCents, input.validFrom, admin.userId],
      );
      await recordAudit(manager, admin, origin, { action: "tariff.set", municipalityId: municipality.id, objectType: "tariff", objectId: row.id, result: "OK" });
      const [tariff] = await manager.query(`SELECT * FROM (${TARIFFS_SQL}) x WHERE x.id = $2`, [municipality.id, row.id]);
      return tariff as TariffRow;
    });
  }

  /**
   * Closes a month that has ended. From then on the month's report does not change: hours cannot
   * be written into it, and corrections of its entries are booked in the first open month.
   * Closing a closed month again changes nothing.
   */
  async closePeriod(actor: Actor | null, origin: Origin, input: { municipalityCode: string; month: string }): Promise<ClosedPeriodRow | Refusal> {
    const admin = assertCan(actor, "period.close");
    const municipality = await this.organisations.visibleMunicipality(admin, input.municipalityCode);
    if (!municipality) return MUNICIPALITY_NOT_FOUND;
    const invalid = checkClosable(input.month, this.today());
    if (invalid) return invalid;
    return transact(this.db, async (manager) => {
      // Waits for writes of hours in flight, and keeps new ones out until this commits.
      await lockPeriods(manager, municipality.id, "exclusive");
      const [inserted] = await manager.query(
        `INSERT INTO closed_period (municipality_id, month, closed_by) VALUES ($1, $2, $3)
         ON CONFLICT (municipality_id, month) DO NOTHING RETURNING month`,
        [municipality.id, firstDayOf(input.month), admin.userId],
      );
      if (inserted) {
        await recordAudit(manager, admin, origin, { action: "period.close", municipalityId: municipality.id, objectType: "closed_period", objectId: input.month, result: "OK" });
      }
      const [row] = await manager.query(`${CLOSED_SQL} AND cp.month = $2`, [municipality.id, firstDayOf(input.month)]);
      return row as ClosedPeriodRow;
    });
  }

  async closedPeriods(actor: Actor | null, municipalityCode: string): Promise<ClosedPeriodRow[]> {
    const reader = assertCan(actor, "period.read");
    const municipality = await this.organisations.visibleMunicipality(reader, municipalityCode);
    if (!municipality) return [];
    return this.db.query(`${CLOSED_SQL} ORDER BY cp.month`, [municipality.id]);
  }

  /** Every closed month of a municipality the caller already sees ("2026-10"), oldest first. */
  async closedMonthsOf(municipalityId: string): Promise<string[]> {
    const rows: Array<{ month: string }> = await this.db.query(
      "SELECT to_char(month, 'YYYY-MM') AS month FROM closed_period WHERE municipality_id = $1 ORDER BY month",
      [municipalityId],
    );
    return rows.map((r) => r.month);
  }

  private async closedMonthsBetween(manager: EntityManager, municipalityId: string, from: IsoDate, to: IsoDate): Promise<string[]> {
    const rows: Array<{ month: string }> = await manager.query(
      `SELECT to_char(month, 'YYYY-MM') AS month FROM closed_period
        WHERE municipality_id = $1 AND month <= $3 AND (month + interval '1 month')::date > $2 ORDER BY month`,
      [municipalityId, from, to],
    );
    return rows.map((r) => r.month);
  }
}

const CLOSED_SQL = `
  SELECT to_char(cp.month, 'YYYY-MM') AS month, cp.closed_at AS "closedAt", u.email AS "closedBy"
    FROM closed_period cp LEFT JOIN app_user u ON u.id = cp.closed_by
   WHERE cp.municipality_id = $1`;

const UNIT_WORDS = { MINUTES: "uren", DAGDELEN: "dagdelen", ETMALEN: "etmalen" } as const;
const UNIT_PER: Record<TariffUnit, string> = { HOUR: "per uur", DAGDEEL: "per dagdeel", ETMAAL: "per etmaal" };

/** A range the report can answer: real dates, from before to, at most five years. */
function checkRange(from: IsoDate, to: IsoDate): void {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new AppError("BAD_USER_INPUT", "Geen geldige datum: gebruik JJJJ-MM-DD.");
  if (from > to) throw new AppError("BAD_USER_INPUT", "De begindatum ligt na de einddatum.");
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days > MAX_RANGE_DAYS) throw new AppError("BAD_USER_INPUT", "Een overzicht beslaat ten hoogste vijf jaar.");
}

function toQuery(municipalityId: string, request: UsageRequest): UsageQuery {
  // An id that is not a UUID names no provider: the report is then empty, not an error.
  const providerId = request.providerId === null ? null : isUuid(request.providerId) ? request.providerId : "00000000-0000-0000-0000-000000000000";
  return { municipalityId, from: request.from, to: request.to, providerId, voorzieningCode: request.voorzieningCode || null };
}
