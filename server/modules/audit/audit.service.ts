import type { EntityManager } from "typeorm";
import type { Actor, Origin } from "../access/actor.js";
import { AuditEventEntity } from "./audit-event.entity.js";

export interface AuditRecord {
  action: string;
  municipalityId: string | null;
  objectType: string | null;
  objectId: string | null;
  result: "OK" | "REFUSED" | string;
}

/**
 * Writes one audit row in the caller's transaction, so an action and its trace commit or
 * roll back together. Never receives personal data: objects are named by id.
 */
export async function recordAudit(manager: EntityManager, actor: Actor | null, origin: Origin, record: AuditRecord): Promise<void> {
  await manager.insert(AuditEventEntity, {
    municipalityId: record.municipalityId,
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    actorOrganisation: actor?.organisationName ?? null,
    action: record.action,
    objectType: record.objectType,
    objectId: record.objectId,
    result: record.result,
    origin: origin.ip,
  });
}
