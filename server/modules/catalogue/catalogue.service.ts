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
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationService,
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
   * Every version of one voorziening in a municipality, newest first, so that a batch of
   * entries on many dates asks once and picks the rule in force on each date itself.
   */
  async versionsOf(manager: EntityManager, municipalityId: string, code: string): Promise<Array<{ validFrom: IsoDate; voorziening: VoorzieningEntity }>> {
    const { entities, raw } = await manager
      .getRepository(VoorzieningEntity)
      .createQueryBuilder("v")
      .innerJoin(CatalogueVersionEntity, "cv", "cv.municipality_id = v.municipality_id AND cv.id = v.catalogue_version_id")
      .addSelect("cv.valid_from::text", "valid_from")
      .where("v.municipality_id = :municipalityId AND v.code = :code", { municipalityId, code })
      .orderBy("cv.valid_from", "DESC")
      .getRawAndEntities<{ valid_from: string }>();
    return entities.map((voorziening, i) => ({ validFrom: raw[i].valid_from, voorziening }));
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
