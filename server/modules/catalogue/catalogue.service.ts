import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import type { Actor } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import type { OrganisationService } from "../organisation/organisation.service.js";
import { CatalogueVersionEntity } from "./catalogue-version.entity.js";
import type { CatalogueDefinition } from "./catalogues.js";
import { VoorzieningEntity } from "./voorziening.entity.js";
import { defaultIwmoCodes } from "./iwmo.js";
import type { VoorzieningRule } from "../../rules/types.js";

/** The catalogue version in force on a date: the latest one that started on or before it. */
const VERSION_ON = `(
  SELECT id FROM catalogue_version
   WHERE municipality_id = :municipalityId AND valid_from <= :date
   ORDER BY valid_from DESC LIMIT 1)`;

export class CatalogueService {
  /** The rules in force today, per municipality (rulesUpTo): the one thing this service keeps. */
  private inForce: { day: IsoDate; byMunicipality: Map<string, Map<string, Array<{ validFrom: IsoDate; rule: VoorzieningRule }>>> } = { day: "", byMunicipality: new Map() };

  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationService,
    private readonly today: () => IsoDate,
  ) {}

  /** The rule for `code` on `date`, from the version in force that day; null if that version lacks it. */
  async voorzieningOn(manager: EntityManager, municipalityId: string, code: string, date: IsoDate): Promise<VoorzieningEntity | null> {
    return manager
      .getRepository(VoorzieningEntity)
      .createQueryBuilder("v")
      .where(`v.municipality_id = :municipalityId AND v.code = :code AND v.catalogue_version_id = ${VERSION_ON}`, {
        municipalityId,
        code,
        date,
      })
      .getOne();
  }

  /**
   * The rules of one voorziening in a municipality for entries dated up to `lastDate`: every
   * version that started by then, newest first, so that a batch of entries on many dates picks
   * the rule in force on each date itself.
   *
   * Kept in this process for the day, per municipality, as it stood at the first write of the
   * day: what is in force today cannot change during the day, because a new version starts
   * tomorrow at the earliest (rules/catalogue-versions.ts, checkCatalogueVersion) and a version
   * that has started is never changed (the portal updates no catalogue_version or voorziening;
   * the one migration that does, 1764800000000-GrantFirst, only adds a version from tomorrow and
   * rewrites versions that start later still). So every
   * process may keep its own copy; tomorrow's first write reads again. A date after today (an
   * entry that is refused as future anyway) is read from the database, so it is refused by the
   * rule the database holds for it.
   */
  async rulesUpTo(manager: EntityManager, municipalityId: string, code: string, lastDate: IsoDate): Promise<ReadonlyArray<{ validFrom: IsoDate; rule: VoorzieningRule }>> {
    const today = this.today();
    if (lastDate > today) return (await this.readVersions(manager, municipalityId, lastDate)).get(code) ?? [];
    if (this.inForce.day !== today) this.inForce = { day: today, byMunicipality: new Map() };
    const day = this.inForce;
    let versions = day.byMunicipality.get(municipalityId);
    if (!versions) {
      versions = await this.readVersions(manager, municipalityId, today);
      day.byMunicipality.set(municipalityId, versions);
    }
    return versions.get(code) ?? [];
  }

  /** The versions of a municipality's voorzieningen that started by `upTo`, per code, newest first. */
  private async readVersions(manager: EntityManager, municipalityId: string, upTo: IsoDate): Promise<Map<string, Array<{ validFrom: IsoDate; rule: VoorzieningRule }>>> {
    const { entities, raw } = await manager
      .getRepository(VoorzieningEntity)
      .createQueryBuilder("v")
      .innerJoin(CatalogueVersionEntity, "cv", "cv.municipality_id = v.municipality_id AND cv.id = v.catalogue_version_id")
      .addSelect("cv.valid_from::text", "valid_from")
      .where("v.municipality_id = :municipalityId AND cv.valid_from <= :upTo", { municipalityId, upTo })
      .orderBy("cv.valid_from", "DESC")
      .getRawAndEntities<{ valid_from: string }>();
    const byCode = new Map<string, Array<{ validFrom: IsoDate; rule: VoorzieningRule }>>();
    entities.forEach((voorziening, i) => {
      // Frozen: one rule object serves every write of the day.
      const rule = Object.freeze(voorziening.toRule());
      byCode.set(voorziening.code, [...(byCode.get(voorziening.code) ?? []), { validFrom: raw[i].valid_from, rule }]);
    });
    return byCode;
  }

  /** The catalogue of a municipality the actor works in, as in force on `date`. */
  async catalogueOn(actor: Actor | null, municipalityCode: string, date: IsoDate): Promise<VoorzieningEntity[]> {
    const user = assertCan(actor, "catalogue.read");
    const municipality = await this.organisations.visibleMunicipality(user, municipalityCode);
    if (!municipality) return [];
    return this.db
      .getRepository(VoorzieningEntity)
      .createQueryBuilder("v")
      .where(`v.municipality_id = :municipalityId AND v.catalogue_version_id = ${VERSION_ON}`, {
        municipalityId: municipality.id,
        date,
      })
      .orderBy("v.sort_order")
      .getMany();
  }

  /** Adds a catalogue version valid from `validFrom` with the definition's voorzieningen. */
  async installVersion(manager: EntityManager, municipalityId: string, definition: CatalogueDefinition, validFrom: IsoDate): Promise<void> {
    // A version from tomorrow on leaves today's rules alone; the demo data and a test that
    // install one in the past read afresh in this process.
    this.inForce = { day: "", byMunicipality: new Map() };
    const versionId = randomUUID();
    await manager.insert(CatalogueVersionEntity, {
      municipalityId,
      id: versionId,
      validFrom,
      name: definition.name,
      policySource: definition.policySource,
    });
    await manager.insert(
      VoorzieningEntity,
      definition.voorzieningen.map((rule, index) => ({
        municipalityId,
        id: randomUUID(),
        catalogueVersionId: versionId,
        code: rule.code,
        name: rule.name,
        unit: rule.unit,
        capAmount: rule.cap?.amount ?? null,
        capWindow: rule.cap?.window ?? null,
        maxDurationMonths: rule.maxDurationMonths,
        reviewCycleMonths: rule.reviewCycleMonths,
        eligibility: rule.eligibility,
        approval: rule.approval,
        asksMotivation: rule.asksMotivation,
        asksTransport: rule.asksTransport,
        policyQuote: rule.policyQuote,
        sortOrder: index,
        ...iwmoColumns(definition, rule),
      })),
    );
  }
}

function iwmoColumns(definition: CatalogueDefinition, rule: VoorzieningRule) {
  const codes = defaultIwmoCodes(rule.code, rule.unit);
  return {
    iwmoProductCategory: codes.productCategory,
    iwmoProductCode: definition.iwmoProductCodes?.[rule.code] ?? codes.productCode,
    iwmoUnitCode: codes.unitCode,
  };
}
