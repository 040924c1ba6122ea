import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { isValidBsn, normaliseBsn } from "../../../shared/bsn.js";
import type { IsoDate } from "../../../shared/dates.js";
import { isUuid } from "../../app/ids.js";
import { transact } from "../../app/transaction.js";
import { MAATWERK_BEGELEIDING } from "../../rules/eligibility.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor, Origin } from "../access/actor.js";
import { assertCan } from "../access/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { MunicipalityEntity } from "../organisation/municipality.entity.js";
import { ResidentEntity } from "../resident/resident.entity.js";
import type { ResidentService } from "../resident/resident.service.js";
import { MaatwerkIndicationEntity } from "./maatwerk-indication.entity.js";

/** Maatwerk products the portal knows; "other products may follow" (api-contract.md). */
export const MAATWERK_PRODUCTS = [MAATWERK_BEGELEIDING] as const;

export interface NewIndication {
  municipalityCode: string;
  residentBsn: string;
  householdCode: string;
  providerId: string;
  product: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export class IndicationService {
  constructor(
    private readonly db: DataSource,
    private readonly residents: ResidentService,
  ) {}

  /** Records a maatwerk indication so that eligibility (zorgcoördinatie, waakvlam, approvals) has its data. */
  async record(actor: Actor | null, origin: Origin, input: NewIndication): Promise<MaatwerkIndicationEntity | Refusal> {
    const user = assertCan(actor, "indication.record");
    const bsn = normaliseBsn(input.residentBsn);
    const householdCode = input.householdCode.trim();
    if (!isValidBsn(bsn)) return { code: "INVALID_INPUT", field: "residentBsn", message: "Dit is geen geldig BSN: controleer de negen cijfers." };
    if (!/^[\w.-]{1,64}$/.test(householdCode)) {
      return { code: "INVALID_INPUT", field: "householdCode", message: "Vul een huishoudcode in van 1 tot 64 letters, cijfers, punten of streepjes." };
    }
    if (!(MAATWERK_PRODUCTS as readonly string[]).includes(input.product)) {
      return { code: "INVALID_INPUT", field: "product", message: `Onbekend product; bekend is: ${MAATWERK_PRODUCTS.join(", ")}.` };
    }
    if (input.endDate !== null && input.endDate < input.startDate) {
      return { code: "INVALID_INPUT", field: "endDate", message: "De einddatum ligt vóór de startdatum." };
    }
    return transact(this.db, async (manager) => {
      const municipality = await manager.findOneBy(MunicipalityEntity, { code: input.municipalityCode });
      if (!municipality || municipality.id !== user.municipalityId) {
        return { code: "NOT_FOUND", field: "municipalityCode", message: "Deze gemeente is niet gevonden." } satisfies Refusal;
      }
      const [contract] = isUuid(input.providerId)
        ? await manager.query("SELECT 1 FROM contract WHERE municipality_id = $1 AND provider_id = $2 LIMIT 1", [municipality.id, input.providerId])
        : [];
      if (!contract) return { code: "NOT_FOUND", field: "providerId", message: "Deze dienstverlener heeft geen contract met de gemeente." } satisfies Refusal;

      const resident = await this.residents.findOrCreateLocked(manager, municipality.id, bsn);
      await manager.update(ResidentEntity, { municipalityId: municipality.id, id: resident.id }, { householdCode });
      const indication = manager.create(MaatwerkIndicationEntity, {
        municipalityId: municipality.id,
        id: randomUUID(),
        residentId: resident.id,
        householdCode,
        providerId: input.providerId,
        product: input.product,
        startDate: input.startDate,
        endDate: input.endDate,
        createdBy: user.userId,
        createdAt: new Date(),
      });
      await manager.insert(MaatwerkIndicationEntity, indication);
      await recordAudit(manager, user, origin, {
        action: "indication.record",
        municipalityId: municipality.id,
        objectType: "maatwerk_indication",
        objectId: indication.id,
        result: "OK",
      });
      return indication;
    });
  }
}
