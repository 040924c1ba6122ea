import type { DataSource } from "typeorm";
import { addDays, addMonths, type IsoDate } from "../../../shared/dates.js";
import type { Actor, Origin } from "../../platform/actor.js";
import type { Refusal } from "../../rules/types.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { defaultIwmoCodes, type IwmoCodes } from "../catalogue/iwmo.js";
import type { OrganisationService } from "../organisation/organisation.service.js";
import type { ResidentService } from "../resident/resident.service.js";

/** One declaration line: a provider's delivery to one resident of one voorziening in one month, in iWmo terms. */
export interface DeclarationLine {
  agbCode: string;
  municipalityCode: string;
  providerName: string;
  /** The BSN (the provider's own declaration) or a pseudonymous reference (finance). */
  resident: string;
  voorzieningCode: string;
  iwmo: IwmoCodes;
  /** In the iWmo unit: minutes (01), dagdelen (16) or etmalen (14). */
  volume: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** D: delivered; C: taken back (hours of a closed month that were corrected or deleted later). */
  debitCredit: "D" | "C";
}

export interface Declaration {
  residentColumn: "bsn" | "inwonerreferentie";
  lines: DeclarationLine[];
}

interface Row {
  providerId: string;
  providerName: string;
  agbCode: string | null;
  residentId: string;
  voorzieningCode: string;
  period: IsoDate;
  debitCredit: "D" | "C";
  volume: number;
}

/**
 * The month's lines, from the same booking rules as the usage report (finance/usage-query.ts):
 * debit what is booked in the month; credit, per its own month, what was taken back in it.
 * So debits minus credits equal the report's month, and a month once declared never changes:
 * a later correction arrives as a credit line for the old volume and a debit for the new.
 */
const LINES_SQL = `
  WITH lines AS (
    SELECT e.deployment_id, date_trunc('month', e.entry_date)::date AS period, 'D' AS dc, e.amount
      FROM hour_entry e
     WHERE e.municipality_id = $1 AND (e.deleted_at IS NULL OR e.reversed_in IS NOT NULL)
       AND COALESCE(e.booked_in, e.entry_date) >= $2::date AND COALESCE(e.booked_in, e.entry_date) < $3::date
    UNION ALL
    SELECT e.deployment_id, date_trunc('month', e.entry_date)::date, 'C', e.amount
      FROM hour_entry e
     WHERE e.municipality_id = $1 AND e.reversed_in >= $2::date AND e.reversed_in < $3::date
  )
  SELECT d.provider_id AS "providerId", p.name AS "providerName", p.agb_code AS "agbCode", d.resident_id AS "residentId",
         d.voorziening_code AS "voorzieningCode", to_char(l.period, 'YYYY-MM-DD') AS period, l.dc AS "debitCredit", SUM(l.amount)::int AS volume
    FROM lines l
    JOIN deployment d ON d.municipality_id = $1 AND d.id = l.deployment_id
    JOIN provider p ON p.id = d.provider_id
   WHERE ($4::uuid IS NULL OR d.provider_id = $4::uuid)
   GROUP BY 1, 2, 3, 4, 5, 6, 7
  HAVING SUM(l.amount) <> 0
   ORDER BY p.name, d.resident_id, d.voorziening_code, 6, 7 DESC`;

export class DeclarationService {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationService,
    private readonly residents: ResidentService,
  ) {}

  /**
   * A provider's own lines with the BSN, or (finance) every provider's lines with a
   * pseudonymous reference; null when the municipality is not the actor's.
   */
  async monthOf(actor: Actor | null, origin: Origin, municipalityCode: string, month: string): Promise<Declaration | null | Refusal> {
    const user = assertCan(actor, "declaration.read");
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || month < "2000-01" || month > "2099-12") {
      return { code: "INVALID_INPUT", field: "month", message: "Geef de maand op als JJJJ-MM, bijvoorbeeld month=2026-11." };
    }
    const municipality = await this.organisations.visibleMunicipality(user, municipalityCode);
    if (!municipality) return null;
    const from = `${month}-01`;
    const rows: Row[] = await this.db.query(LINES_SQL, [municipality.id, from, addMonths(from, 1), user.providerId]);
    const withBsn = user.providerId !== null;
    const names = await this.residents.declarationNames(this.db.manager, municipality.id, [...new Set(rows.map((r) => r.residentId))], withBsn);
    const codes = await this.iwmoCodes(municipality.id);
    await recordAudit(this.db.manager, user, origin, {
      action: "declaration.download",
      municipalityId: municipality.id,
      objectType: "declaration",
      objectId: null,
      result: "OK",
    });
    return {
      residentColumn: withBsn ? "bsn" : "inwonerreferentie",
      lines: rows.map((r) => ({
        agbCode: r.agbCode ?? "",
        municipalityCode: municipality.code,
        providerName: r.providerName,
        resident: names.get(r.residentId) ?? "",
        voorzieningCode: r.voorzieningCode,
        iwmo: codes(r.voorzieningCode, r.period),
        volume: r.volume,
        periodStart: r.period,
        periodEnd: addDays(addMonths(r.period, 1), -1),
        debitCredit: r.debitCredit,
      })),
    };
  }

  /** The iWmo codes of a voorziening as the catalogue version in force at the start of a period names them. */
  private async iwmoCodes(municipalityId: string): Promise<(code: string, on: IsoDate) => IwmoCodes> {
    const rows: Array<{ code: string; unit: "MINUTES" | "DAGDELEN" | "ETMALEN"; validFrom: IsoDate; category: string | null; product: string | null; unitCode: string | null }> = await this.db.query(
      `SELECT v.code, v.unit, to_char(cv.valid_from, 'YYYY-MM-DD') AS "validFrom", v.iwmo_product_category AS category, v.iwmo_product_code AS product, v.iwmo_unit_code AS "unitCode"
         FROM voorziening v JOIN catalogue_version cv ON cv.municipality_id = v.municipality_id AND cv.id = v.catalogue_version_id
        WHERE v.municipality_id = $1 ORDER BY cv.valid_from DESC`,
      [municipalityId],
    );
    return (code, on) => {
      const row = rows.find((r) => r.code === code && r.validFrom <= on) ?? rows.find((r) => r.code === code);
      const fallback = defaultIwmoCodes(code, row?.unit ?? "MINUTES");
      return { productCategory: row?.category ?? fallback.productCategory, productCode: row?.product ?? fallback.productCode, unitCode: row?.unitCode ?? fallback.unitCode };
    };
  }
}
