import type { DataSource } from "typeorm";
import { addDays, type IsoDate } from "../../../shared/dates.js";
import { transact } from "../../platform/transaction.js";
import { checkCatalogueVersion, draftToRule, type CatalogueVersionDraft } from "../../rules/catalogue-versions.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { CatalogueVersionEntity } from "../catalogue/catalogue-version.entity.js";
import type { CatalogueService } from "../catalogue/catalogue.service.js";
import { VoorzieningEntity } from "../catalogue/voorziening.entity.js";
import type { OrganisationService } from "../organisation/organisation.service.js";

/** A catalogue version with its span and voorzieningen, as the admin screen lists them. */
export interface CatalogueVersionView {
  version: CatalogueVersionEntity;
  /** The day before the next version starts; null for the newest. */
  validUntil: IsoDate | null;
  voorzieningen: VoorzieningEntity[];
}

/** Refused: `all` holds every problem, so the form can show them together. */
export interface RefusedVersion extends Refusal {
  all: Refusal[];
}

const MUNICIPALITY_NOT_FOUND: Refusal = { code: "NOT_FOUND", field: "municipalityCode", message: "Deze gemeente is niet gevonden." };

/**
 * The municipality admin's side of the catalogue: new versions with a start date in the
 * future, written by CatalogueService.installVersion like the seeded ones.
 */
export class CatalogueAdminService {
  constructor(
    private readonly db: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly organisations: OrganisationService,
    private readonly today: () => IsoDate,
  ) {}

  async createVersion(actor: Actor | null, origin: Origin, municipalityCode: string, draft: CatalogueVersionDraft): Promise<CatalogueVersionView | RefusedVersion | Refusal> {
    const user = assertCan(actor, "catalogue.manage");
    const municipality = await this.organisations.visibleMunicipality(user, municipalityCode);
    if (!municipality) return MUNICIPALITY_NOT_FOUND;
    return transact(this.db, async (manager) => {
      // One catalogue change per municipality at a time, so that two admins cannot both be
      // "after the newest version". NO KEY UPDATE leaves inserts that reference the row alone.
      await manager.query("SELECT id FROM municipality WHERE id = $1 FOR NO KEY UPDATE", [municipality.id]);
      const [latest] = await manager.find(CatalogueVersionEntity, { where: { municipalityId: municipality.id }, order: { validFrom: "DESC" }, take: 1 });
      const latestRules = latest ? await manager.find(VoorzieningEntity, { where: { municipalityId: municipality.id, catalogueVersionId: latest.id } }) : [];
      const running: Array<{ code: string }> = await manager.query(
        `SELECT DISTINCT voorziening_code AS code FROM deployment
          WHERE municipality_id = $1 AND approval_status <> 'DECLINED' AND (end_date IS NULL OR end_date >= $2)`,
        [municipality.id, draft.validFrom],
      );
      const problems = checkCatalogueVersion(draft, {
        today: this.today(),
        latestValidFrom: latest?.validFrom ?? null,
        latest: latestRules.map((v) => v.toRule()),
        runningCodes: running.map((r) => r.code),
      });
      if (problems.length > 0) return { ...problems[0], all: problems } satisfies RefusedVersion;

      const definition = {
        name: draft.name.trim(),
        policySource: draft.policySource.trim(),
        voorzieningen: draft.voorzieningen.map(draftToRule),
        iwmoProductCodes: Object.fromEntries(draft.voorzieningen.flatMap((v) => (v.iwmoProductCode ? [[v.code, v.iwmoProductCode]] : []))),
      };
      await this.catalogue.installVersion(manager, municipality.id, definition, draft.validFrom);
      const version = await manager.findOneByOrFail(CatalogueVersionEntity, { municipalityId: municipality.id, validFrom: draft.validFrom });
      await recordAudit(manager, user, origin, {
        action: "catalogue.version.create",
        municipalityId: municipality.id,
        objectType: "catalogue_version",
        objectId: version.id,
        result: "OK",
      });
      const voorzieningen = await manager.find(VoorzieningEntity, { where: { municipalityId: municipality.id, catalogueVersionId: version.id }, order: { sortOrder: "ASC" } });
      return { version, validUntil: null, voorzieningen };
    });
  }

  /** Every version of a municipality the actor works in, newest first; another municipality's code answers an empty list. */
  async versions(actor: Actor | null, municipalityCode: string): Promise<CatalogueVersionView[]> {
    const user = assertCan(actor, "catalogue.read");
    const municipality = await this.organisations.visibleMunicipality(user, municipalityCode);
    if (!municipality) return [];
    const versions = await this.db.getRepository(CatalogueVersionEntity).find({ where: { municipalityId: municipality.id }, order: { validFrom: "DESC" } });
    const voorzieningen = await this.db.getRepository(VoorzieningEntity).find({ where: { municipalityId: municipality.id }, order: { sortOrder: "ASC" } });
    return versions.map((version, i) => ({
      version,
      validUntil: i === 0 ? null : addDays(versions[i - 1].validFrom, -1),
      voorzieningen: voorzieningen.filter((v) => v.catalogueVersionId === version.id),
    }));
  }
}
