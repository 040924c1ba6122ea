import type { DataSource } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import type { Unit } from "../../../shared/units.js";
import { AppError } from "../../platform/errors.js";
import { changes, countedSpan, EMPTY_FIGURES, sumFigures, type FigureChange, type YearlyFigures } from "../../rules/yearly-review.js";
import type { Actor } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import type { MunicipalityEntity } from "../organisation/municipality.entity.js";
import type { OrganisationService } from "../organisation/organisation.service.js";
import { shieldYearlyResidents } from "../../rules/small-counts.js";
import { figuresOfSpan, type SpanFigures } from "./yearly-review.queries.js";

export interface YearlyReviewLine {
  /** Null on the municipality's total line. */
  provider: { id: string; name: string } | null;
  voorziening: { code: string; name: string; unit: Unit } | null;
  current: YearlyFigures;
  previous: YearlyFigures;
  changes: FigureChange[];
}

/** Aggregates only: no resident is named, no BSN is read. */
export interface YearlyReview {
  municipality: MunicipalityEntity;
  year: number;
  /** The days counted: the whole year, or up to today while it runs; null for a year not begun. */
  span: { from: IsoDate; to: IsoDate } | null;
  lines: YearlyReviewLine[];
  /** Every provider and voorziening together; its amount counts only the voorzieningen counted in minutes. */
  total: YearlyReviewLine;
}

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/**
 * The municipality's yearly overview per provider and voorziening, compared with the
 * previous year (domain.md, "Yearly review"). The GraphQL query and the CSV export both read
 * it here, so they cannot disagree.
 */
export class YearlyReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationService,
    private readonly today: () => IsoDate,
  ) {}

  /** Null for a municipality the actor does not work in, exactly as for one that does not exist. */
  async review(actor: Actor | null, municipalityCode: string, year: number): Promise<YearlyReview | null> {
    const user = assertCan(actor, "yearlyReview.read");
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new AppError("BAD_USER_INPUT", `Kies een jaar van ${FIRST_YEAR} tot en met ${LAST_YEAR}.`);
    }
    const municipality = await this.organisations.visibleMunicipality(user, municipalityCode);
    if (!municipality) return null;
    const today = this.today();
    const span = countedSpan(year, today);
    const previousSpan = countedSpan(year - 1, today);
    const empty: SpanFigures = { lines: new Map(), residents: 0 };
    // One snapshot for both years, so that no write between two queries makes them disagree.
    const [current, previous] = await this.db.transaction("REPEATABLE READ", async (manager) => {
      await manager.query("SET TRANSACTION READ ONLY");
      return [
        span ? await figuresOfSpan(manager, municipality.id, span.from, span.to, today) : empty,
        previousSpan ? await figuresOfSpan(manager, municipality.id, previousSpan.from, previousSpan.to, today) : empty,
      ];
    });

    const keys = [...new Set([...current.lines.keys(), ...previous.lines.keys()])];
    const [providers, voorzieningen] = await Promise.all([this.providerNames(keys), this.voorzieningNames(municipality.id, span?.to ?? today)]);
    const lines = keys.map((key): YearlyReviewLine => {
      const [providerId, code] = key.split("|");
      const now = current.lines.get(key) ?? { ...EMPTY_FIGURES };
      const before = previous.lines.get(key) ?? { ...EMPTY_FIGURES };
      return {
        provider: { id: providerId, name: providers.get(providerId) ?? "" },
        voorziening: voorzieningen.get(code) ?? { code, name: code, unit: "MINUTES" },
        current: now,
        previous: before,
        changes: changes(before, now),
      };
    });
    lines.sort((a, b) => a.provider!.name.localeCompare(b.provider!.name, "nl") || a.voorziening!.name.localeCompare(b.voorziening!.name, "nl"));

    const totalOf = (pick: (line: YearlyReviewLine) => YearlyFigures, residents: number): YearlyFigures => ({
      ...sumFigures(lines.map(pick)),
      residents,
      // Minutes and dagdelen do not add up: the total counts the minutes only.
      amount: sumFigures(lines.filter((l) => l.voorziening!.unit === "MINUTES").map(pick)).amount,
    });
    const totalNow = totalOf((l) => l.current, current.residents);
    const totalBefore = totalOf((l) => l.previous, previous.residents);
    const total: YearlyReviewLine = { provider: null, voorziening: null, current: totalNow, previous: totalBefore, changes: changes(totalBefore, totalNow) };
    // Finance reads aggregates only, and no count of residents small enough to point at someone.
    const shown = user.role === "FINANCE" ? shieldYearlyResidents(lines, total) : { lines, total };
    return { municipality, year, span, ...shown };
  }

  private async providerNames(keys: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(keys.map((k) => k.split("|")[0]))];
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.db.query("SELECT id, name FROM provider WHERE id = ANY($1::uuid[])", [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Each code as the newest catalogue version up to `date` describes it. */
  private async voorzieningNames(municipalityId: string, date: IsoDate): Promise<Map<string, { code: string; name: string; unit: Unit }>> {
    const rows: Array<{ code: string; name: string; unit: Unit }> = await this.db.query(
      `SELECT DISTINCT ON (v.code) v.code, v.name, v.unit
         FROM voorziening v JOIN catalogue_version cv ON cv.municipality_id = v.municipality_id AND cv.id = v.catalogue_version_id
        WHERE v.municipality_id = $1 AND cv.valid_from <= $2
        ORDER BY v.code, cv.valid_from DESC`,
      [municipalityId, date],
    );
    return new Map(rows.map((r) => [r.code, r]));
  }
}

