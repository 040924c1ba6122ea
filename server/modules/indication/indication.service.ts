import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import { isUuid } from "../../platform/ids.js";
import { transact } from "../../platform/transaction.js";
import { checkIndication, type CheckedIndication } from "../../rules/indications.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { MunicipalityEntity } from "../organisation/municipality.entity.js";
import { ResidentEntity } from "../resident/resident.entity.js";
import type { ResidentService } from "../resident/resident.service.js";
import { MaatwerkIndicationEntity } from "./maatwerk-indication.entity.js";

export interface NewIndication {
  municipalityCode: string;
  residentBsn: string;
  householdCode: string;
  providerId: string;
  product: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export const MUNICIPALITY_NOT_FOUND: Refusal = { code: "NOT_FOUND", field: "municipalityCode", message: "Deze gemeente is niet gevonden." };
export const PROVIDER_NOT_FOUND: Refusal = { code: "NOT_FOUND", field: "providerId", message: "Deze dienstverlener heeft geen contract met de gemeente." };

export class IndicationService {
  constructor(
    private readonly db: DataSource,
    private readonly residents: ResidentService,
  ) {}

  /** Records a maatwerk indication so that eligibility (zorgcoördinatie, waakvlam, approvals) has its data. */
  async record(actor: Actor | null, origin: Origin, input: NewIndication): Promise<MaatwerkIndicationEntity | Refusal> {
    const user = assertCan(actor, "indication.record");
    const { value, problems } = checkIndication(input);
    if (problems.length > 0) return problems[0];
    return transact(this.db, async (manager) => {
      const municipality = await ownMunicipality(manager, user, input.municipalityCode);
      if (!municipality) return MUNICIPALITY_NOT_FOUND;
      if (!(await contractedProviders(manager, municipality.id, [value.providerId])).has(value.providerId)) return PROVIDER_NOT_FOUND;
      return this.insert(manager, user, origin, municipality.id, value);
    });
  }

  /**
   * Writes one checked indication in the caller's transaction: the resident (created on first
   * use) gets the household code, the indication its row, the audit trail its entry. The one
   * way an indication is written, by the form and by the CSV import.
   */
  async insert(manager: EntityManager, user: Actor, origin: Origin, municipalityId: string, value: CheckedIndication): Promise<MaatwerkIndicationEntity> {
    const resident = await this.residents.findOrCreateLocked(manager, municipalityId, value.bsn);
    await manager.update(ResidentEntity, { municipalityId, id: resident.id }, { householdCode: value.householdCode });
    const indication = manager.create(MaatwerkIndicationEntity, {
      municipalityId,
      id: randomUUID(),
      residentId: resident.id,
      householdCode: value.householdCode,
      providerId: value.providerId,
      product: value.product,
      startDate: value.startDate,
      endDate: value.endDate,
      createdBy: user.userId,
      createdAt: new Date(),
    });
    await manager.insert(MaatwerkIndicationEntity, indication);
    await recordAudit(manager, user, origin, {
      action: "indication.record",
      municipalityId,
      objectType: "maatwerk_indication",
      objectId: indication.id,
      result: "OK",
    });
    return indication;
  }
}

/** The actor's own municipality when `code` names it; null for any other code, existing or not. */
export async function ownMunicipality(manager: EntityManager, user: Actor, code: string): Promise<MunicipalityEntity | null> {
  const municipality = await manager.findOneBy(MunicipalityEntity, { code });
  return municipality && municipality.id === user.municipalityId ? municipality : null;
}

/** Which of these provider ids hold a contract with the municipality (ids that are no uuid hold none). */
export async function contractedProviders(manager: EntityManager, municipalityId: string, providerIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(providerIds.filter(isUuid))];
  if (ids.length === 0) return new Set();
  const rows: Array<{ provider_id: string }> = await manager.query(
    "SELECT DISTINCT provider_id FROM contract WHERE municipality_id = $1 AND provider_id = ANY($2::uuid[])",
    [municipalityId, ids],
  );
  return new Set(rows.map((r) => r.provider_id));
}
