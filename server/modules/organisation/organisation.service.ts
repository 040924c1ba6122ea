import type { DataSource, EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { isUuid } from "../../platform/ids.js";
import { transact } from "../../platform/transaction.js";
import type { Refusal } from "../../rules/types.js";
import { recordAudit } from "../audit/audit.service.js";
import type { ProviderEntity } from "./provider.entity.js";
import { assertCan } from "../access/permissions.js";
import { MunicipalityEntity } from "./municipality.entity.js";

export class OrganisationService {
  constructor(
    private readonly db: DataSource,
    private readonly today: () => IsoDate,
  ) {}

  /**
   * Municipalities the actor works in: a municipality user its own; a provider user those its
   * organisation has a contract with that runs today or later.
   */
  async municipalitiesFor(actor: Actor | null): Promise<MunicipalityEntity[]> {
    const user = assertCan(actor, "municipality.list");
    const repo = this.db.getRepository(MunicipalityEntity);
    if (user.municipalityId) return repo.findBy({ id: user.municipalityId });
    return repo
      .createQueryBuilder("m")
      .where(
        `EXISTS (SELECT 1 FROM contract c WHERE c.municipality_id = m.id AND c.provider_id = :providerId
                   AND (c.valid_to IS NULL OR c.valid_to >= :today))`,
        { providerId: user.providerId, today: this.today() },
      )
      .orderBy("m.name")
      .getMany();
  }

  /** The municipality with this code if the actor works in it; null otherwise (never says which). */
  async visibleMunicipality(actor: Actor, code: string): Promise<MunicipalityEntity | null> {
    const mine = await this.municipalitiesFor(actor);
    return mine.find((m) => m.code === code) ?? null;
  }

  /**
   * For functioneel beheer: every provider organisation (names are no secret; a contract is made
   * with one chosen by name), each with its contracts with the admin's own municipality.
   */
  async providersWithContracts(actor: Actor | null): Promise<Array<{ id: string; name: string; contracts: Array<{ id: string; validFrom: string; validTo: string | null }> }>> {
    const admin = assertCan(actor, "organisation.manage");
    return this.db.query(
      `SELECT p.id, p.name,
              COALESCE(json_agg(json_build_object('id', c.id, 'validFrom', c.valid_from, 'validTo', c.valid_to) ORDER BY c.valid_from)
                       FILTER (WHERE c.id IS NOT NULL), '[]') AS contracts
         FROM provider p LEFT JOIN contract c ON c.provider_id = p.id AND c.municipality_id = $1
        GROUP BY p.id, p.name ORDER BY p.name`,
      [admin.municipalityId],
    );
  }

  async hasContractOn(manager: EntityManager, providerId: string, municipalityId: string, date: IsoDate): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM contract WHERE municipality_id = $1 AND provider_id = $2
          AND valid_from <= $3 AND (valid_to IS NULL OR valid_to >= $3) LIMIT 1`,
      [municipalityId, providerId, date],
    );
    return rows.length > 0;
  }

  /** A municipality admin sets the AGB code of a provider that has a contract with the municipality. */
  async setAgbCode(actor: Actor | null, origin: Origin, input: { providerId: string; agbCode: string }): Promise<ProviderEntity | Refusal> {
    const admin = assertCan(actor, "organisation.manage");
    const agbCode = input.agbCode.replace(/\s/g, "");
    if (!/^\d{8}$/.test(agbCode)) return { code: "INVALID_INPUT", field: "agbCode", message: "Een AGB-code bestaat uit acht cijfers." };
    const notFound: Refusal = { code: "NOT_FOUND", field: "providerId", message: "Deze dienstverlener bestaat niet, of heeft geen contract met uw gemeente." };
    if (!isUuid(input.providerId)) return notFound;
    return transact(this.db, async (manager) => {
      const [[row]] = await manager.query<[ProviderEntity[], number]>(
        `UPDATE provider p SET agb_code = $2
          WHERE p.id = $1 AND EXISTS (SELECT 1 FROM contract c WHERE c.provider_id = p.id AND c.municipality_id = $3)
          RETURNING p.id, p.name, p.agb_code AS "agbCode"`,
        [input.providerId, agbCode, admin.municipalityId],
      );
      if (!row) return notFound;
      await recordAudit(manager, admin, origin, { action: "provider.agb", municipalityId: admin.municipalityId, objectType: "provider", objectId: row.id, result: "OK" });
      return row;
    });
  }
}
